package dev.quern.engine.parser;

import dev.quern.engine.ast.Expr;
import dev.quern.engine.ast.PrintStatement;
import dev.quern.engine.ast.RaiserrorStatement;
import dev.quern.engine.ast.Statement;
import dev.quern.engine.ast.ThrowStatement;
import dev.quern.engine.ast.WaitForStatement;
import dev.quern.engine.lexer.Token;
import java.util.ArrayList;
import java.util.List;

/** Parses PRINT, RAISERROR, THROW and WAITFOR. */
final class MessageParser {
  private final TokenStream in;
  private final ExpressionParser expr;

  MessageParser(TokenStream in, ExpressionParser expr) {
    this.in = in;
    this.expr = expr;
  }

  Statement print() {
    int line = in.line();
    in.expect("PRINT");
    return new PrintStatement(line, expr.parse());
  }

  Statement raiserror() {
    int line = in.line();
    in.expect("RAISERROR");
    in.expectSymbol("(");
    Expr msg = expr.parse();
    in.expectSymbol(",");
    Expr severity = expr.parse();
    in.expectSymbol(",");
    Expr state = expr.parse();
    List<Expr> args = new ArrayList<>();
    while (in.acceptSymbol(",")) {
      args.add(expr.parse());
    }
    in.expectSymbol(")");
    List<String> options = new ArrayList<>();
    if (in.accept("WITH")) {
      do {
        Token o = in.next();
        if (!o.is("LOG") && !o.is("NOWAIT") && !o.is("SETERROR")) {
          throw TokenStream.errorNear(o);
        }
        options.add(o.upper());
      } while (in.acceptSymbol(","));
    }
    return new RaiserrorStatement(line, msg, severity, state, List.copyOf(args), List.copyOf(options));
  }

  Statement throwStatement() {
    int line = in.line();
    in.expect("THROW");
    if (!expr.startsExpression()) {
      return new ThrowStatement(line, null, null, null);
    }
    Expr number = expr.parse();
    in.expectSymbol(",");
    Expr message = expr.parse();
    in.expectSymbol(",");
    Expr state = expr.parse();
    return new ThrowStatement(line, number, message, state);
  }

  Statement waitfor() {
    int line = in.line();
    in.expect("WAITFOR");
    boolean delay;
    if (in.accept("DELAY")) {
      delay = true;
    } else if (in.accept("TIME")) {
      delay = false;
    } else {
      throw in.unexpected();
    }
    return new WaitForStatement(line, delay, expr.parse());
  }
}
