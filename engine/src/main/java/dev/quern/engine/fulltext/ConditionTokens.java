package dev.quern.engine.fulltext;

import java.util.ArrayList;
import java.util.List;

/**
 * The tokens of a full-text search condition: double-quoted strings, words (runs of anything but
 * blanks, quotes and the operator characters {@code ( ) , & | ! ~}) and those characters.
 */
final class ConditionTokens {
  enum Kind { WORD, QUOTED, SYMBOL, END }

  record Token(Kind kind, String text) {
    boolean isWord(String keyword) {
      return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
    }

    boolean isSymbol(String symbol) {
      return kind == Kind.SYMBOL && text.equals(symbol);
    }
  }

  private static final String SYMBOLS = "(),&|!~";

  private ConditionTokens() {}

  /** The tokens; an unclosed quote is reported at its opening ({@code "} near the rest). */
  static List<Token> of(String condition, String whole) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    int n = condition.length();
    while (i < n) {
      char c = condition.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '"') {
        int close = condition.indexOf('"', i + 1);
        if (close < 0) {
          throw dev.quern.engine.error.FullTextErrors.SYNTAX_NEAR_PUNCTUATION.raise("\"", whole);
        }
        out.add(new Token(Kind.QUOTED, condition.substring(i + 1, close)));
        i = close + 1;
      } else if (SYMBOLS.indexOf(c) >= 0) {
        out.add(new Token(Kind.SYMBOL, String.valueOf(c)));
        i++;
      } else {
        int start = i;
        while (i < n && !Character.isWhitespace(condition.charAt(i)) && condition.charAt(i) != '"'
            && SYMBOLS.indexOf(condition.charAt(i)) < 0) {
          i++;
        }
        out.add(new Token(Kind.WORD, condition.substring(start, i)));
      }
    }
    out.add(new Token(Kind.END, ""));
    return out;
  }
}
