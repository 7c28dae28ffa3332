package dev.quern.engine.func;

/**
 * JSON string escaping as SQL Server's JSON functions write it (JSON_MODIFY values, STRING_ESCAPE,
 * JSON_OBJECT/JSON_ARRAY, FOR JSON): quote, backslash and solidus escaped, the short forms for backspace, form
 * feed, newline, carriage return and tab, other control characters as lower-case backslash-u00xx.
 */
public final class JsonEscape {
  private JsonEscape() {}

  /** The text with its special characters escaped, without surrounding quotes. */
  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 8);
    appendEscaped(sb, s);
    return sb.toString();
  }

  /** Appends {@code s} as a quoted JSON string. */
  public static void appendQuoted(StringBuilder sb, String s) {
    sb.append('"');
    appendEscaped(sb, s);
    sb.append('"');
  }

  private static void appendEscaped(StringBuilder sb, String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '/' -> sb.append("\\/");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
          } else {
            sb.append(c);
          }
        }
      }
    }
  }
}
