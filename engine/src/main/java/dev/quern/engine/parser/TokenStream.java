package dev.quern.engine.parser;

import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.error.SqlException;
import dev.quern.engine.lexer.Token;
import dev.quern.engine.lexer.TokenType;
import java.util.List;

/** A cursor over a batch's tokens with the checks every statement parser needs. */
public final class TokenStream {
  private final List<Token> tokens;
  private int pos;

  public TokenStream(List<Token> tokens) {
    this.tokens = tokens;
  }

  public Token peek() {
    return tokens.get(pos);
  }

  public Token peek(int ahead) {
    return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
  }

  /** Where the cursor is, for {@link #rewind}. */
  int position() {
    return pos;
  }

  /** Puts the cursor back at a {@link #position}: the end of a look-ahead. */
  void rewind(int position) {
    pos = position;
  }

  public Token next() {
    Token t = tokens.get(pos);
    if (t.type() != TokenType.EOF) {
      pos++;
    }
    return t;
  }

  /** The tokens consumed so far that start at or after character {@code offset}. */
  List<Token> consumedFrom(int offset) {
    int i = pos;
    while (i > 0 && tokens.get(i - 1).offset() >= offset) {
      i--;
    }
    return tokens.subList(i, pos);
  }

  /** The token last consumed (the current one at the start). */
  Token previous() {
    return tokens.get(Math.max(pos - 1, 0));
  }

  public boolean atEnd() {
    return peek().type() == TokenType.EOF;
  }

  public boolean at(String keyword) {
    return peek().is(keyword);
  }

  public boolean atSymbol(String symbol) {
    return peek().isSymbol(symbol);
  }

  /** Consumes the keyword if it is next. */
  public boolean accept(String keyword) {
    if (at(keyword)) {
      pos++;
      return true;
    }
    return false;
  }

  public boolean acceptSymbol(String symbol) {
    if (atSymbol(symbol)) {
      pos++;
      return true;
    }
    return false;
  }

  public Token expect(String keyword) {
    if (!at(keyword)) {
      throw unexpected();
    }
    return next();
  }

  public Token expectSymbol(String symbol) {
    if (!atSymbol(symbol)) {
      throw unexpected();
    }
    return next();
  }

  /** Consumes an identifier (regular, non-reserved, or delimited) and returns its name. */
  public String identifier() {
    if (!peek().isIdentifier()) {
      throw unexpected();
    }
    return next().value();
  }

  /**
   * Consumes an integer literal with an optional sign (sequence and IDENTITY arguments); one that
   * does not fit a bigint is error 8115.
   */
  public long signedNumber() {
    boolean negative = acceptSymbol("-");
    if (!negative) {
      acceptSymbol("+");
    }
    Token t = next();
    if (t.type() != TokenType.NUMBER) {
      throw errorNear(t);
    }
    // The sign applies before the range check: -9223372036854775808 (bigint's minimum, which
    // Liquibase writes as a sequence's MINVALUE) fits although its magnitude alone does not.
    java.math.BigDecimal v = new java.math.BigDecimal(t.raw());
    try {
      return (negative ? v.negate() : v).longValueExact();
    } catch (ArithmeticException e) {
      throw dev.quern.engine.error.SqlErrors.ARITH_OVERFLOW.raise("expression", "bigint");
    }
  }

  /** The character offset just past the last token consumed (0 before the first). */
  public int endOfConsumed() {
    if (pos == 0) {
      return 0;
    }
    Token t = tokens.get(pos - 1);
    return t.offset() + t.raw().length();
  }

  public int line() {
    return peek().line();
  }

  /**
   * The syntax error SQL Server reports at the current token: 156 for a reserved keyword, 102
   * otherwise; at the end of the batch it names the last token.
   */
  public SqlException unexpected() {
    Token t = peek();
    if (t.type() == TokenType.EOF && pos > 0) {
      t = tokens.get(pos - 1);
    }
    return errorNear(t);
  }

  /** Consumes a string literal and returns its text; a syntax error near anything else. */
  public String stringLiteral() {
    Token t = next();
    if (!t.isStringLiteral()) {
      throw errorNear(t);
    }
    return t.value();
  }

  public static SqlException errorNear(Token t) {
    SqlException e =
        t.isReserved()
            ? SqlErrors.SYNTAX_NEAR_KEYWORD.raise(t.upper())
            : SqlErrors.SYNTAX_NEAR.raise(t.raw().isEmpty() ? "" : t.raw());
    return e.at(t.line(), null);
  }
}
