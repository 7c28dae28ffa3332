package dev.quern.engine.parser;

import dev.quern.engine.ast.BlockStatement;
import dev.quern.engine.ast.BreakStatement;
import dev.quern.engine.ast.ContinueStatement;
import dev.quern.engine.ast.Expr;
import dev.quern.engine.ast.GotoStatement;
import dev.quern.engine.ast.IfStatement;
import dev.quern.engine.ast.LabelStatement;
import dev.quern.engine.ast.ReturnStatement;
import dev.quern.engine.ast.Statement;
import dev.quern.engine.ast.TryCatchStatement;
import dev.quern.engine.ast.WhileStatement;
import java.util.ArrayList;
import java.util.List;

/** Parses control of flow: IF/ELSE, BEGIN…END, WHILE, BREAK, CONTINUE, GOTO and labels, RETURN, TRY…CATCH. */
final class ControlFlowParser {
  private final TokenStream in;
  private final ExpressionParser expr;
  private final Parser statements;

  ControlFlowParser(TokenStream in, ExpressionParser expr, Parser statements) {
    this.in = in;
    this.expr = expr;
    this.statements = statements;
  }

  Statement ifStatement() {
    int line = in.line();
    in.expect("IF");
    Expr cond = expr.parse();
    Statement then = statements.requiredStatement();
    while (in.acceptSymbol(";")) {
      // A semicolon may end the THEN branch before ELSE.
    }
    Statement otherwise = in.accept("ELSE") ? statements.requiredStatement() : null;
    return new IfStatement(line, cond, then, otherwise);
  }

  Statement whileStatement() {
    int line = in.line();
    in.expect("WHILE");
    Expr cond = expr.parse();
    return new WhileStatement(line, cond, statements.requiredStatement());
  }

  /** BEGIN … END, or BEGIN TRY … END TRY BEGIN CATCH … END CATCH. */
  Statement block() {
    int line = in.line();
    in.expect("BEGIN");
    if (in.accept("TRY")) {
      List<Statement> tryBody = until("TRY");
      in.expect("BEGIN");
      in.expect("CATCH");
      List<Statement> catchBody = until("CATCH");
      return new TryCatchStatement(line, tryBody, catchBody);
    }
    List<Statement> body = until(null);
    return new BlockStatement(line, body);
  }

  /** Statements up to END (followed by {@code word} when given). */
  private List<Statement> until(String word) {
    List<Statement> body = new ArrayList<>();
    while (true) {
      while (in.acceptSymbol(";")) {
        // empty statements
      }
      if (in.at("END")) {
        in.next();
        if (word != null) {
          in.expect(word);
        }
        return List.copyOf(body);
      }
      if (in.atEnd()) {
        throw in.unexpected();
      }
      body.add(statements.requiredStatement());
    }
  }

  Statement breakStatement() {
    int line = in.line();
    in.expect("BREAK");
    return new BreakStatement(line);
  }

  Statement continueStatement() {
    int line = in.line();
    in.expect("CONTINUE");
    return new ContinueStatement(line);
  }

  /** {@code name:} (the caller saw the colon after the word). */
  Statement label() {
    int line = in.line();
    String name = in.next().value();
    in.expectSymbol(":");
    return new LabelStatement(line, name);
  }

  Statement gotoStatement() {
    int line = in.line();
    in.expect("GOTO");
    return new GotoStatement(line, in.identifier());
  }

  Statement returnStatement() {
    int line = in.line();
    in.expect("RETURN");
    Expr value = expr.startsExpression() ? expr.parse() : null;
    return new ReturnStatement(line, value);
  }
}
