package dev.quern.engine.lexer;

import dev.quern.engine.error.SqlErrors;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a T-SQL batch into tokens ("Transact-SQL Syntax Conventions", "Constants", "Database
 * Identifiers"). Comments ({@code --} to end of line, nested {@code /* *}{@code /}) and white space
 * are dropped. With QUOTED_IDENTIFIER OFF a {@code "text"} is a string, as in SQL Server.
 */
public final class Lexer {
  private final String src;
  private final boolean quotedIdentifier;
  private final List<Token> out = new ArrayList<>();
  private int pos;
  private int line = 1;

  private Lexer(String src, boolean quotedIdentifier) {
    this.src = src;
    this.quotedIdentifier = quotedIdentifier;
  }

  /** Tokenizes {@code sql}; the list ends with an EOF token. Raises 105/113 for unclosed text. */
  public static List<Token> tokenize(String sql, boolean quotedIdentifier) {
    Lexer lexer = new Lexer(sql, quotedIdentifier);
    lexer.run();
    return lexer.out;
  }

  private void run() {
    while (true) {
      skipBlanksAndComments();
      if (pos >= src.length()) {
        out.add(new Token(TokenType.EOF, "", "", line, pos));
        return;
      }
      out.add(checked(next()));
    }
  }

  /** SQL Server's longest name ("Database Identifiers"): 103 for a longer one, as it answers. */
  private static final int MAX_IDENTIFIER = 128;

  private static Token checked(Token t) {
    boolean name = t.type() == TokenType.WORD || t.type() == TokenType.QUOTED_IDENT || t.type() == TokenType.VARIABLE;
    if (name && t.value().length() > MAX_IDENTIFIER) {
      throw SqlErrors.IDENTIFIER_TOO_LONG.raise(t.value().substring(0, MAX_IDENTIFIER)).at(t.line(), null);
    }
    return t;
  }

  private void skipBlanksAndComments() {
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (c == '\n') {
        line++;
        pos++;
      } else if (Character.isWhitespace(c) || c == '\u00a0' || c == '\ufeff') {
        pos++;
      } else if (c == '-' && peek(1) == '-') {
        while (pos < src.length() && src.charAt(pos) != '\n') {
          pos++;
        }
      } else if (c == '/' && peek(1) == '*') {
        skipBlockComment();
      } else {
        return;
      }
    }
  }

  /** Block comments nest in T-SQL: each inner opener needs its own closer. */
  private void skipBlockComment() {
    int depth = 0;
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (c == '/' && peek(1) == '*') {
        depth++;
        pos += 2;
      } else if (c == '*' && peek(1) == '/') {
        depth--;
        pos += 2;
        if (depth == 0) {
          return;
        }
      } else {
        if (c == '\n') {
          line++;
        }
        pos++;
      }
    }
    throw SqlErrors.MISSING_END_COMMENT.raise().at(line, null);
  }

  private Token next() {
    int start = pos;
    int startLine = line;
    char c = src.charAt(pos);
    if ((c == 'N' || c == 'n') && peek(1) == '\'') {
      pos++;
      String value = quoted('\'');
      return new Token(TokenType.NSTRING, src.substring(start, pos), value, startLine, start);
    }
    if (c == '\'') {
      String value = quoted('\'');
      return new Token(TokenType.STRING, src.substring(start, pos), value, startLine, start);
    }
    if (c == '"') {
      String value = quoted('"');
      TokenType t = quotedIdentifier ? TokenType.QUOTED_IDENT : TokenType.STRING;
      return new Token(t, src.substring(start, pos), value, startLine, start);
    }
    if (c == '[') {
      String value = bracketed();
      return new Token(TokenType.QUOTED_IDENT, src.substring(start, pos), value, startLine, start);
    }
    if (c == '0' && (peek(1) == 'x' || peek(1) == 'X')) {
      pos += 2;
      while (pos < src.length() && Character.digit(src.charAt(pos), 16) >= 0) {
        pos++;
      }
      return token(TokenType.BINARY, start, startLine);
    }
    if (isDigit(c) || (c == '.' && isDigit(peek(1)))) {
      return number(start, startLine, TokenType.NUMBER);
    }
    if (c == '$' && (isDigit(peek(1)) || peek(1) == '.' || peek(1) == '-' || peek(1) == '+')) {
      pos++;
      if (src.charAt(pos) == '-' || src.charAt(pos) == '+') {
        pos++;
      }
      return number(start, startLine, TokenType.MONEY);
    }
    if (c == '$' && Character.isLetter(peek(1))) {
      // A pseudo-column ($action in MERGE's OUTPUT) is a word, bound like a column name.
      pos++;
      while (pos < src.length() && isIdentifierPart(src.charAt(pos))) {
        pos++;
      }
      return token(TokenType.WORD, start, startLine);
    }
    if (c == '@') {
      boolean system = peek(1) == '@';
      pos += system ? 2 : 1;
      while (pos < src.length() && isIdentifierPart(src.charAt(pos))) {
        pos++;
      }
      return token(system ? TokenType.SYSTEM_VARIABLE : TokenType.VARIABLE, start, startLine);
    }
    if (isIdentifierStart(c)) {
      pos++;
      while (pos < src.length() && isIdentifierPart(src.charAt(pos))) {
        pos++;
      }
      return token(TokenType.WORD, start, startLine);
    }
    return symbol(start, startLine);
  }

  private Token number(int start, int startLine, TokenType type) {
    while (pos < src.length() && isDigit(src.charAt(pos))) {
      pos++;
    }
    if (pos < src.length() && src.charAt(pos) == '.') {
      pos++;
      while (pos < src.length() && isDigit(src.charAt(pos))) {
        pos++;
      }
    }
    if (type == TokenType.NUMBER && pos < src.length() && (src.charAt(pos) | 0x20) == 'e') {
      pos++;
      if (pos < src.length() && (src.charAt(pos) == '+' || src.charAt(pos) == '-')) {
        pos++;
      }
      while (pos < src.length() && isDigit(src.charAt(pos))) {
        pos++;
      }
      type = TokenType.FLOAT;
    }
    return token(type, start, startLine);
  }

  /** Longest first: {@code ||=} before {@code ||} before {@code |=}. */
  private static final String[] TWO_CHAR_SYMBOLS = {
    "||=", "||", "<=", ">=", "<>", "!=", "!<", "!>", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "::", "<<", ">>"
  };

  private Token symbol(int start, int startLine) {
    for (String s : TWO_CHAR_SYMBOLS) {
      if (src.startsWith(s, pos)) {
        pos += s.length();
        return token(TokenType.SYMBOL, start, startLine);
      }
    }
    pos++;
    return token(TokenType.SYMBOL, start, startLine);
  }

  private Token token(TokenType type, int start, int startLine) {
    String raw = src.substring(start, pos);
    return new Token(type, raw, raw, startLine, start);
  }

  /** Reads a quoted run where a doubled quote stands for one; pos is at the opening quote. */
  private String quoted(char quote) {
    int open = pos;
    pos++;
    StringBuilder sb = new StringBuilder();
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (c == quote) {
        if (peek(1) == quote) {
          sb.append(quote);
          pos += 2;
          continue;
        }
        pos++;
        return sb.toString();
      }
      if (c == '\n') {
        line++;
      }
      sb.append(c);
      pos++;
    }
    throw SqlErrors.UNCLOSED_QUOTE.raise(src.substring(open + 1)).at(line, null);
  }

  private String bracketed() {
    int open = pos;
    pos++;
    StringBuilder sb = new StringBuilder();
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (c == ']') {
        if (peek(1) == ']') {
          sb.append(']');
          pos += 2;
          continue;
        }
        pos++;
        return sb.toString();
      }
      sb.append(c);
      pos++;
    }
    throw SqlErrors.UNCLOSED_QUOTE.raise(src.substring(open + 1)).at(line, null);
  }

  private char peek(int ahead) {
    int i = pos + ahead;
    return i < src.length() ? src.charAt(i) : '\0';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isIdentifierStart(char c) {
    return Character.isLetter(c) || c == '_' || c == '#';
  }

  private static boolean isIdentifierPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '#' || c == '@' || c == '$';
  }
}
