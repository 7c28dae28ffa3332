package dev.quern.engine.func;

/**
 * The walk through a .NET custom date or time pattern that FORMAT's date and TimeSpan formats
 * share: quoted text ('…' or "…") and {@code \x} are literals, {@code %x} makes a lone specifier of
 * x (%d is the day, not the 'd' pattern), and each run of one specifier letter ({@code dd},
 * {@code MMMM}) is written by {@code fields}.
 */
final class CustomPatterns {
  /** Writes a run of {@code count} specifier characters {@code ch}. */
  interface Fields {
    String field(char ch, int count);
  }

  private CustomPatterns() {}

  /** {@code pattern} expanded; IllegalArgumentException for an unclosed quote or a dangling \ or %. */
  static String expand(String pattern, Fields fields) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < pattern.length()) {
      char ch = pattern.charAt(i);
      if (ch == '\'' || ch == '"') {
        int end = pattern.indexOf(ch, i + 1);
        if (end < 0) {
          throw new IllegalArgumentException("unclosed quote");
        }
        out.append(pattern, i + 1, end);
        i = end + 1;
        continue;
      }
      if (ch == '\\' || ch == '%') {
        if (i + 1 >= pattern.length()) {
          throw new IllegalArgumentException("dangling " + ch);
        }
        if (ch == '\\') {
          out.append(pattern.charAt(i + 1));
          i += 2;
        } else {
          i++;
        }
        continue;
      }
      int n = 1;
      while (i + n < pattern.length() && pattern.charAt(i + n) == ch) {
        n++;
      }
      out.append(fields.field(ch, n));
      i += n;
    }
    return out.toString();
  }
}
