package dev.quern.engine.lexer;

import java.util.Locale;

/**
 * One token: its type, the text as written ({@code raw}), its value (identifier without
 * delimiters, string without quotes), and where it starts (1-based line, 0-based offset).
 */
public record Token(TokenType type, String raw, String value, int line, int offset) {

  /** Is this a WORD equal to {@code keyword}, case-insensitively? */
  public boolean is(String keyword) {
    return type == TokenType.WORD && value.equalsIgnoreCase(keyword);
  }

  /** Is this the symbol {@code symbol}? */
  public boolean isSymbol(String symbol) {
    return type == TokenType.SYMBOL && value.equals(symbol);
  }

  /** Is this a reserved keyword of T-SQL (error 156 names it as a keyword)? */
  public boolean isReserved() {
    return type == TokenType.WORD && Keywords.isReserved(value);
  }

  /** Is this a string literal, {@code 'text'} or {@code N'text'}? */
  public boolean isStringLiteral() {
    return type == TokenType.STRING || type == TokenType.NSTRING;
  }

  /** Is this a name (regular identifier that is not reserved, or delimited identifier)? */
  public boolean isIdentifier() {
    return type == TokenType.QUOTED_IDENT || (type == TokenType.WORD && !isReserved());
  }

  public String upper() {
    return value.toUpperCase(Locale.ROOT);
  }
}
