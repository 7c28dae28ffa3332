package dev.quern.engine.parser;

import dev.quern.engine.ast.DbccStatement;
import dev.quern.engine.ast.Expr;
import dev.quern.engine.ast.Literal;
import dev.quern.engine.ast.Statement;
import dev.quern.engine.lexer.TokenType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Parses DBCC statements: a command name, arguments in parentheses, WITH options. */
final class DbccParser {
  private final TokenStream in;
  private final ExpressionParser expr;

  DbccParser(TokenStream in, ExpressionParser expr) {
    this.in = in;
    this.expr = expr;
  }

  Statement dbcc() {
    int line = in.line();
    in.expect("DBCC");
    String command = in.identifier().toUpperCase(Locale.ROOT);
    List<Expr> args = new ArrayList<>();
    if (in.acceptSymbol("(")) {
      if (!in.atSymbol(")")) {
        do {
          args.add(argument());
        } while (in.acceptSymbol(","));
      }
      in.expectSymbol(")");
    }
    List<String> options = new ArrayList<>();
    if (in.accept("WITH")) {
      do {
        options.add(in.identifier().toUpperCase(Locale.ROOT));
      } while (in.acceptSymbol(","));
    }
    return new DbccStatement(line, command, List.copyOf(args), List.copyOf(options));
  }

  /** A bare name (a database, LOGSPACE) is a string; anything else an expression. */
  private Expr argument() {
    var t = in.peek();
    boolean name = (t.type() == TokenType.WORD || t.type() == TokenType.QUOTED_IDENT)
        && (in.peek(1).isSymbol(",") || in.peek(1).isSymbol(")") || in.peek(1).isSymbol("."));
    if (!name) {
      return expr.parse();
    }
    StringBuilder qualified = new StringBuilder(in.identifier());
    while (in.acceptSymbol(".")) {
      qualified.append('.').append(in.identifier());
    }
    return Literal.string(qualified.toString());
  }
}
