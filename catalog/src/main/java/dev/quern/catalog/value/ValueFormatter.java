package dev.quern.catalog.value;

import dev.quern.catalog.type.SqlType;

/**
 * The text of a value as {@code CAST(value AS nvarchar(max))} gives it: what PRINT shows and what
 * string functions see ({@code 1.50}, {@code 0.333333}, {@code Jan 1 2024 12:00AM}).
 */
public final class ValueFormatter {
  private ValueFormatter() {}

  /** Null for NULL. */
  public static String toText(Object value, SqlType type) {
    if (value == null) {
      return null;
    }
    return (String) Conversions.convert(value, type, dev.quern.catalog.type.SqlTypes.NVARCHAR_MAX);
  }
}
