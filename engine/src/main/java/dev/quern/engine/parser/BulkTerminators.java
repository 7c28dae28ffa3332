package dev.quern.engine.parser;

/**
 * How BULK INSERT and bcp format files spell a terminator ("Specify Field and Row Terminators
 * (SQL Server)"): escapes for control characters, or bytes in hexadecimal.
 */
public final class BulkTerminators {
  private BulkTerminators() {}

  /**
   * A terminator as BULK INSERT reads it: {@code \t}, {@code \n}, {@code \r}, {@code \0} and
   * {@code \\} stand for their characters, and {@code 0x…} spells bytes in hexadecimal.
   */
  public static String unescape(String s) {
    if (s.length() > 2 && (s.startsWith("0x") || s.startsWith("0X")) && s.length() % 2 == 0
        && s.substring(2).chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
      StringBuilder out = new StringBuilder();
      for (int i = 2; i < s.length(); i += 2) {
        out.append((char) Integer.parseInt(s.substring(i, i + 2), 16));
      }
      return out.toString();
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char next = s.charAt(i + 1);
        String replaced = switch (next) {
          case 't' -> "\t";
          case 'n' -> "\n";
          case 'r' -> "\r";
          case '0' -> "\0";
          case '\\' -> "\\";
          default -> null;
        };
        if (replaced != null) {
          out.append(replaced);
          i++;
          continue;
        }
      }
      out.append(c);
    }
    return out.toString();
  }
}
