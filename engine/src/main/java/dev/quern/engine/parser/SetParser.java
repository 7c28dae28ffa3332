package dev.quern.engine.parser;

import dev.quern.engine.ast.DeclareStatement;
import dev.quern.engine.ast.Expr;
import dev.quern.engine.ast.SetOptionStatement;
import dev.quern.engine.ast.SetVariableStatement;
import dev.quern.engine.ast.Statement;
import dev.quern.engine.ast.TypeName;
import dev.quern.engine.lexer.Token;
import dev.quern.engine.lexer.TokenType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Parses DECLARE, SET @variable and SET option statements. */
final class SetParser {
  private final TokenStream in;
  private final ExpressionParser expr;

  SetParser(TokenStream in, ExpressionParser expr) {
    this.in = in;
    this.expr = expr;
  }

  Statement declare() {
    int line = in.line();
    in.expect("DECLARE");
    List<DeclareStatement.Variable> vars = new ArrayList<>();
    do {
      Token name = in.next();
      if (name.type() != TokenType.VARIABLE) {
        throw TokenStream.errorNear(name);
      }
      in.accept("AS");
      TypeName type = TypeNameParser.parse(in);
      Expr init = in.acceptSymbol("=") ? expr.parse() : null;
      vars.add(new DeclareStatement.Variable(name.value(), type, init));
    } while (in.acceptSymbol(","));
    return new DeclareStatement(line, List.copyOf(vars));
  }

  Statement set() {
    int line = in.line();
    in.expect("SET");
    Token t = in.peek();
    if (t.type() == TokenType.VARIABLE) {
      in.next();
      if (in.atSymbol(".")) { // SET @x.modify('…'): the xml variable changed in place
        in.next();
        var call = expr.mutatorCall(new dev.quern.engine.ast.VariableRef(t.value()), in.identifier());
        return new SetVariableStatement(line, t.value(), "=", call);
      }
      return new SetVariableStatement(line, t.value(), CompoundAssignment.operator(in), expr.parse());
    }
    if (t.is("TRANSACTION")) {
      return isolationLevel(line);
    }
    List<String> names = new ArrayList<>();
    names.add(optionName());
    while (in.acceptSymbol(",")) {
      String next = optionName();
      // SET STATISTICS IO, TIME ON: the later names inherit the STATISTICS prefix.
      if (names.getLast().startsWith("STATISTICS ") && !next.startsWith("STATISTICS ")) {
        next = "STATISTICS " + next;
      }
      names.add(next);
    }
    if (in.at("ON") || in.at("OFF")) {
      return new SetOptionStatement(line, List.copyOf(names), in.next().upper(), null);
    }
    if (names.size() > 1) {
      throw in.unexpected();
    }
    Token v = in.peek();
    if (v.type() == TokenType.WORD && !v.isReserved()) {
      in.next();
      return new SetOptionStatement(line, names, v.value(), null);
    }
    if (v.type() == TokenType.QUOTED_IDENT) {
      in.next();
      return new SetOptionStatement(line, names, v.value(), null);
    }
    return new SetOptionStatement(line, names, null, expr.parse());
  }

  /** One option name; STATISTICS takes a second word (IO, TIME, PROFILE, XML). */
  private String optionName() {
    Token t = in.next();
    if (t.type() != TokenType.WORD) {
      throw TokenStream.errorNear(t);
    }
    String name = t.value().toUpperCase(Locale.ROOT);
    if (name.equals("STATISTICS")) {
      Token kind = in.next();
      if (kind.type() != TokenType.WORD) {
        throw TokenStream.errorNear(kind);
      }
      return name + " " + kind.value().toUpperCase(Locale.ROOT);
    }
    return name;
  }

  private Statement isolationLevel(int line) {
    in.expect("TRANSACTION");
    in.expect("ISOLATION");
    in.expect("LEVEL");
    Token first = in.next();
    String level;
    if (first.is("READ")) {
      Token second = in.next();
      if (!second.is("COMMITTED") && !second.is("UNCOMMITTED")) {
        throw TokenStream.errorNear(second);
      }
      level = "READ " + second.upper();
    } else if (first.is("REPEATABLE")) {
      in.expect("READ");
      level = "REPEATABLE READ";
    } else if (first.is("SERIALIZABLE") || first.is("SNAPSHOT")) {
      level = first.upper();
    } else {
      throw TokenStream.errorNear(first);
    }
    return new SetOptionStatement(line, List.of("TRANSACTION ISOLATION LEVEL"), level, null);
  }
}
