package dev.quern.engine.parser;

import dev.quern.engine.ast.Statement;
import dev.quern.engine.ast.TransactionStatement;
import dev.quern.engine.ast.TransactionStatement.Kind;
import dev.quern.engine.lexer.Token;
import dev.quern.engine.lexer.TokenType;

/** Parses BEGIN/COMMIT/ROLLBACK/SAVE TRAN[SACTION] with their optional names and options. */
final class TransactionParser {
  private final TokenStream in;

  TransactionParser(TokenStream in) {
    this.in = in;
  }

  /** BEGIN TRAN: the BEGIN is already consumed. */
  Statement begin(int line) {
    in.accept("DISTRIBUTED");
    tranWord(true);
    String name = name();
    if (in.at("WITH") && in.peek(1).is("MARK")) {
      in.next();
      in.next();
      if (in.peek().isStringLiteral()) {
        in.next();
      }
    }
    return new TransactionStatement(line, Kind.BEGIN, name);
  }

  Statement commit() {
    int line = in.line();
    in.expect("COMMIT");
    boolean tran = tranWord(false);
    String name = tran ? name() : null;
    // WITH ( DELAYED_DURABILITY = ON | OFF ): accepted; every commit is durable anyway.
    if (in.at("WITH") && in.peek(1).isSymbol("(")) {
      in.next();
      in.next();
      Token opt = in.next();
      if (!opt.is("DELAYED_DURABILITY")) {
        throw TokenStream.errorNear(opt);
      }
      in.expectSymbol("=");
      if (!in.accept("ON")) {
        in.expect("OFF");
      }
      in.expectSymbol(")");
    }
    return new TransactionStatement(line, Kind.COMMIT, name);
  }

  Statement rollback() {
    int line = in.line();
    in.expect("ROLLBACK");
    boolean tran = tranWord(false);
    return new TransactionStatement(line, Kind.ROLLBACK, tran ? name() : null);
  }

  Statement save() {
    int line = in.line();
    in.expect("SAVE");
    tranWord(true);
    String name = name();
    if (name == null) {
      throw in.unexpected();
    }
    return new TransactionStatement(line, Kind.SAVE, name);
  }

  /** TRAN, TRANSACTION or (for COMMIT/ROLLBACK) WORK; WORK takes no name. */
  private boolean tranWord(boolean required) {
    if (in.accept("TRAN") || in.accept("TRANSACTION")) {
      return true;
    }
    if (!required && in.accept("WORK")) {
      return false;
    }
    if (required) {
      throw in.unexpected();
    }
    return false;
  }

  private String name() {
    Token t = in.peek();
    if (t.type() == TokenType.VARIABLE || t.isIdentifier()) {
      in.next();
      return t.value();
    }
    return null;
  }
}
