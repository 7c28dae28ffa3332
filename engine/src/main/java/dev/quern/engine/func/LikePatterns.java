package dev.quern.engine.func;

import java.util.regex.Pattern;

/** T-SQL LIKE patterns ({@code % _ [abc] [a-z] [^a]}) as Java regular expressions. */
public final class LikePatterns {
  /** Case-insensitive like the default collation; {@code %} and {@code _} match line breaks too. */
  public static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL;

  private LikePatterns() {}

  public static String toRegex(String like) {
    StringBuilder r = new StringBuilder();
    for (int i = 0; i < like.length(); i++) {
      char c = like.charAt(i);
      switch (c) {
        case '%' -> r.append(".*?");
        case '_' -> r.append('.');
        case '[' -> i = bracket(like, i, r);
        default -> r.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return r.toString();
  }

  /** A [...] set; an unclosed '[' is a literal. Returns the index of the closing ']'. */
  private static int bracket(String like, int open, StringBuilder r) {
    int close = like.indexOf(']', open + 2);
    if (close < 0) {
      r.append("\\[");
      return open;
    }
    String body = like.substring(open + 1, close);
    boolean negate = body.startsWith("^");
    if (negate) {
      body = body.substring(1);
    }
    StringBuilder set = new StringBuilder(negate ? "[^" : "[");
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      boolean range = c == '-' && i > 0 && i < body.length() - 1;
      set.append(range ? "-" : (Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\" + c));
    }
    r.append(set).append(']');
    return close;
  }
}
