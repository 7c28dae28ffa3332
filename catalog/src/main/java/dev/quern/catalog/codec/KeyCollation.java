package dev.quern.catalog.codec;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * How character keys order. {@link #CI_AS} follows SQL_Latin1_General_CP1_CI_AS, the default
 * collation: case-insensitive, accent-sensitive (see {@link CiAsSortKey}). {@link #BIN2} orders by
 * code point, as the *_BIN2 collations do. Both ignore trailing spaces, as SQL Server does.
 */
public enum KeyCollation {
  CI_AS,
  BIN2;

  /** The collation for a SQL Server collation name; BIN and BIN2 collations order by code point. */
  public static KeyCollation forName(String collationName) {
    if (collationName == null) {
      return CI_AS;
    }
    return collationName.toUpperCase(Locale.ROOT).endsWith("_BIN2")
            || collationName.toUpperCase(Locale.ROOT).endsWith("_BIN")
        ? BIN2
        : CI_AS;
  }

  /**
   * The unescaped sort key of {@code s}: equal keys for equal strings, byte order = collation
   * order. {@code unicode} is true for nchar/nvarchar, whose SQL collation rules differ from
   * char/varchar's in word sort.
   */
  public byte[] sortKey(String s, boolean unicode) {
    String trimmed = stripTrailingSpaces(s);
    return switch (this) {
      case CI_AS -> CiAsSortKey.of(trimmed, unicode);
      case BIN2 -> trimmed.getBytes(StandardCharsets.UTF_8);
    };
  }

  /** Compares two nvarchar strings as keys of this collation compare. */
  public int compare(String a, String b) {
    return java.util.Arrays.compareUnsigned(sortKey(a, true), sortKey(b, true));
  }

  /**
   * SQL Server pads the shorter string with spaces before comparing: trailing spaces never count.
   */
  static String stripTrailingSpaces(String s) {
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == ' ') {
      end--;
    }
    return s.substring(0, end);
  }
}
