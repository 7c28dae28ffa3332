package dev.quern.engine.parser;

import dev.quern.engine.ast.ExecuteStatement;
import dev.quern.engine.ast.ExecuteStringStatement;
import dev.quern.engine.ast.Expr;
import dev.quern.engine.ast.Literal;
import dev.quern.engine.ast.Statement;
import dev.quern.engine.ast.UseStatement;
import dev.quern.engine.ast.VariableRef;
import dev.quern.engine.lexer.Token;
import dev.quern.engine.lexer.TokenType;
import java.util.ArrayList;
import java.util.List;

/** Parses EXEC/EXECUTE (procedure calls and dynamic SQL) and USE. */
final class ExecParser {
  private final TokenStream in;
  private final ExpressionParser expr;

  ExecParser(TokenStream in, ExpressionParser expr) {
    this.in = in;
    this.expr = expr;
  }

  Statement reconfigure() {
    int line = in.line();
    in.expect("RECONFIGURE");
    boolean override = false;
    if (in.accept("WITH")) {
      in.expect("OVERRIDE");
      override = true;
    }
    return new dev.quern.engine.ast.ReconfigureStatement(line, override);
  }

  /** {@code KILL session_id}; the id is a literal, as in SQL Server (a variable is a syntax error). */
  Statement kill() {
    int line = in.line();
    in.expect("KILL");
    return new dev.quern.engine.ast.KillStatement(line, in.signedNumber());
  }

  Statement use() {
    int line = in.line();
    in.expect("USE");
    return new UseStatement(line, in.identifier());
  }

  Statement exec() {
    int line = in.line();
    in.next();
    if (in.atSymbol("(")) {
      in.next();
      List<Expr> parts = new ArrayList<>();
      parts.add(expr.parse());
      in.expectSymbol(")");
      return new ExecuteStringStatement(line, List.copyOf(parts));
    }
    String returnVar = null;
    if (in.peek().type() == TokenType.VARIABLE && in.peek(1).isSymbol("=")) {
      returnVar = in.next().value();
      in.next();
    }
    return call(line, returnVar);
  }

  /** A procedure call without EXEC: legal as the first statement of a batch. */
  Statement call(int line, String returnVar) {
    if (in.peek().type() == TokenType.VARIABLE) {
      String var = in.next().value();
      List<ExecuteStatement.Argument> args = arguments();
      return new ExecuteStatement(line, returnVar, List.of(), var, args, resultSets());
    }
    List<String> name = new ArrayList<>();
    name.add(in.identifier());
    while (in.acceptSymbol(".")) {
      name.add(in.atSymbol(".") ? "" : in.identifier());
    }
    List<ExecuteStatement.Argument> args = arguments();
    return new ExecuteStatement(line, returnVar, List.copyOf(name), null, args, resultSets());
  }

  /** {@code WITH RESULT SETS {UNDEFINED | NONE | ((col type [NULL|NOT NULL], …), …)}}. */
  private dev.quern.engine.ast.ResultSetsClause resultSets() {
    if (!(in.peek().is("WITH") && in.peek(1).is("RESULT") && in.peek(2).is("SETS"))) {
      return dev.quern.engine.ast.ResultSetsClause.UNDEFINED;
    }
    in.next();
    in.next();
    in.next();
    if (in.accept("UNDEFINED")) {
      return dev.quern.engine.ast.ResultSetsClause.UNDEFINED;
    }
    if (in.accept("NONE")) {
      return new dev.quern.engine.ast.ResultSetsClause(
          dev.quern.engine.ast.ResultSetsClause.Kind.NONE, List.of());
    }
    List<List<dev.quern.engine.ast.ResultSetsClause.Column>> sets = new ArrayList<>();
    in.expectSymbol("(");
    do {
      in.expectSymbol("(");
      List<dev.quern.engine.ast.ResultSetsClause.Column> cols = new ArrayList<>();
      do {
        cols.add(resultColumn());
      } while (in.acceptSymbol(","));
      in.expectSymbol(")");
      sets.add(List.copyOf(cols));
    } while (in.acceptSymbol(","));
    in.expectSymbol(")");
    return new dev.quern.engine.ast.ResultSetsClause(
        dev.quern.engine.ast.ResultSetsClause.Kind.DEFINED, List.copyOf(sets));
  }

  private dev.quern.engine.ast.ResultSetsClause.Column resultColumn() {
    String name = in.identifier();
    var type = TypeNameParser.parse(in);
    Boolean nullable = null;
    if (in.accept("NULL")) {
      nullable = true;
    } else if (in.peek().is("NOT") && in.peek(1).is("NULL")) {
      in.next();
      in.next();
      nullable = false;
    }
    return new dev.quern.engine.ast.ResultSetsClause.Column(name, type, nullable);
  }

  private List<ExecuteStatement.Argument> arguments() {
    List<ExecuteStatement.Argument> args = new ArrayList<>();
    if (!startsArgument()) {
      return args;
    }
    do {
      args.add(argument());
    } while (in.acceptSymbol(","));
    return List.copyOf(args);
  }

  private boolean startsArgument() {
    Token t = in.peek();
    return t.is("DEFAULT") || (expr.startsExpression() && !t.isSymbol("("));
  }

  private ExecuteStatement.Argument argument() {
    String name = null;
    if (in.peek().type() == TokenType.VARIABLE && in.peek(1).isSymbol("=")) {
      name = in.next().value();
      in.next();
    }
    Expr value;
    Token t = in.peek();
    if (t.is("DEFAULT")) {
      in.next();
      value = null;
    } else if (t.type() == TokenType.VARIABLE) {
      in.next();
      value = new VariableRef(t.value());
    } else if (t.type() == TokenType.WORD && !t.isReserved() || t.type() == TokenType.QUOTED_IDENT) {
      // An unquoted name passed to a procedure is a character string (EXEC sp_help t).
      in.next();
      value = new Literal(Literal.Kind.NSTRING, t.value());
    } else {
      value = expr.unary();
    }
    boolean output = in.accept("OUTPUT") || in.accept("OUT");
    return new ExecuteStatement.Argument(name, value, output);
  }
}
