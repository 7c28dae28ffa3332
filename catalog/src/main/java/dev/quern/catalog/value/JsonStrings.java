package dev.quern.catalog.value;

/**
 * A string as the json type writes it: {@code "} and {@code \} escaped, {@code \b \f \n \r \t} for
 * those controls, {@code \}{@code u00XX} (upper-case hex) for the other characters below U+0020, and
 * everything else raw ({@code /}, DEL, U+2028, supplementary characters); a lone surrogate becomes
 * U+FFFD, as SQL Server stores strings in UTF-8.
 */
final class JsonStrings {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private JsonStrings() {}

  static String quote(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\b' -> b.append("\\b");
        case '\f' -> b.append("\\f");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> i = plain(b, s, i, c);
      }
    }
    return b.append('"').toString();
  }

  /** Appends the character at {@code i} (a pair when it starts one); the index of its last char. */
  private static int plain(StringBuilder b, String s, int i, char c) {
    if (c < 0x20) {
      b.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
      return i;
    }
    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
      b.append(c).append(s.charAt(i + 1));
      return i + 1;
    }
    b.append(Character.isSurrogate(c) ? '\uFFFD' : c);
    return i;
  }
}
