package dev.quern.catalog.value;

import dev.quern.catalog.codec.KeyCollation;
import java.util.Arrays;

/**
 * One of the collations Quern compares strings under: the Latin1 / code page 1252 family of SQL
 * Server ("Collation and Unicode support"), each case-sensitive or not (CS/CI), accent-sensitive or
 * not (AS/AI), or binary (BIN, BIN2). Every one ignores trailing spaces (ANSI padding).
 *
 * <p>The default, SQL_Latin1_General_CP1_CI_AS, keeps the fast path of {@link Collations}; the
 * others compare by the sort keys their indexes store ({@link KeyCollation}), so a filter and an
 * index seek on the same column agree. BIN is treated as BIN2 (code point order): they differ only
 * in how BIN weighs the bytes after the first character of nvarchar data.
 */
public final class Collation {
  /** How strings compare under a collation. */
  public enum Style {
    CI_AS(KeyCollation.CI_AS),
    CS_AS(KeyCollation.CS_AS),
    CI_AI(KeyCollation.CI_AI),
    CS_AI(KeyCollation.CS_AI),
    BIN(KeyCollation.BIN2),
    BIN2(KeyCollation.BIN2);

    final KeyCollation key;

    Style(KeyCollation key) {
      this.key = key;
    }
  }

  private final String name;
  private final Style style;
  private final int version;
  private final int sortId;

  Collation(String name, Style style, int version, int sortId) {
    this.name = name;
    this.style = style;
    this.version = version;
    this.sortId = sortId;
  }

  /** The name as SQL Server spells it (sys.columns.collation_name, error texts). */
  public String name() {
    return name;
  }

  public Style style() {
    return style;
  }

  public boolean isDefault() {
    return this == SupportedCollations.DEFAULT;
  }

  public boolean caseSensitive() {
    return style != Style.CI_AS && style != Style.CI_AI;
  }

  public boolean accentSensitive() {
    return style != Style.CI_AI && style != Style.CS_AI;
  }

  public boolean binary() {
    return style == Style.BIN || style == Style.BIN2;
  }

  /** The key encoding that orders and compares as this collation (indexes, keys, grouping). */
  public KeyCollation keyCollation() {
    return style.key;
  }

  /** COLLATIONPROPERTY(name, 'Version'): 0 for the first Latin1_General and SQL ones, 2 for _100_. */
  public int version() {
    return version;
  }

  /** The SQL sort order id (52 for SQL_Latin1_General_CP1_CI_AS); 0 for a Windows collation. */
  public int sortId() {
    return sortId;
  }

  /** Code page of char/varchar data: 1252 for the whole family. */
  public int codePage() {
    return 1252;
  }

  /** Windows locale id: 1033 (English, United States) for the whole family. */
  public int lcid() {
    return 1033;
  }

  /**
   * COLLATIONPROPERTY(name, 'ComparisonStyle'): ignore case 1, ignore accents 2, ignore kana type
   * 65536, ignore width 131072; binary collations 0.
   */
  public int comparisonStyle() {
    if (binary()) {
      return 0;
    }
    return (caseSensitive() ? 0 : 1) + (accentSensitive() ? 0 : 2) + 65536 + 131072;
  }

  /** Negative, zero or positive, as this collation orders a and b ({@code unicode}: nchar data). */
  public int compare(String a, String b, boolean unicode) {
    if (style == Style.CI_AS) {
      return Collations.compare(a, b);
    }
    if (binary()) {
      return compareCodePoints(Collations.stripTrailingSpaces(a), Collations.stripTrailingSpaces(b));
    }
    return Integer.signum(
        Arrays.compareUnsigned(style.key.sortKey(a, unicode), style.key.sortKey(b, unicode)));
  }

  private static int compareCodePoints(String x, String y) {
    int i = 0;
    int j = 0;
    while (i < x.length() && j < y.length()) {
      int a = x.codePointAt(i);
      int b = y.codePointAt(j);
      if (a != b) {
        return a < b ? -1 : 1;
      }
      i += Character.charCount(a);
      j += Character.charCount(b);
    }
    return Integer.signum((x.length() - i) - (y.length() - j));
  }

  @Override
  public String toString() {
    return name;
  }
}
