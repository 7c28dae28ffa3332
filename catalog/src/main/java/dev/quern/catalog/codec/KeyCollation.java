package dev.quern.catalog.codec;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * How character keys order. {@link #CI_AS} follows SQL_Latin1_General_CP1_CI_AS, the default
 * collation: case-insensitive, accent-sensitive; {@link #CS_AS}, {@link #CI_AI} and {@link #CS_AI} are
 * its case-sensitive and accent-insensitive variants (see {@link LatinSortKey}). {@link #BIN2} orders
 * by code point, as the *_BIN and *_BIN2 collations do. All ignore trailing spaces, as SQL Server
 * does.
 */
public enum KeyCollation {
  CI_AS,
  CS_AS,
  CI_AI,
  CS_AI,
  BIN2;

  /** The key collation of a SQL Server collation name (null: the default, CI_AS). */
  public static KeyCollation forName(String collationName) {
    if (collationName == null) {
      return CI_AS;
    }
    String n = collationName.toUpperCase(Locale.ROOT);
    if (n.endsWith("_BIN2") || n.endsWith("_BIN")) {
      return BIN2;
    }
    if (n.contains("_CS_")) {
      return n.contains("_AI") ? CS_AI : CS_AS;
    }
    return n.contains("_AI") ? CI_AI : CI_AS;
  }

  /**
   * The unescaped sort key of {@code s}: equal keys for equal strings, byte order = collation
   * order. {@code unicode} is true for nchar/nvarchar, whose SQL collation rules differ from
   * char/varchar's in word sort.
   */
  public byte[] sortKey(String s, boolean unicode) {
    String trimmed = stripTrailingSpaces(s);
    return switch (this) {
      case CI_AS -> LatinSortKey.of(trimmed, unicode, false, true);
      case CS_AS -> LatinSortKey.of(trimmed, unicode, true, true);
      case CI_AI -> LatinSortKey.of(trimmed, unicode, false, false);
      case CS_AI -> LatinSortKey.of(trimmed, unicode, true, false);
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
