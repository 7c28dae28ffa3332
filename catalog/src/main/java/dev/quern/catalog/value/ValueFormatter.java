package dev.quern.catalog.value;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;

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
    // The common cases without the general conversion's per-value dispatch; nvarchar(max)
    // neither cuts nor recodes, so text stays itself and an integer is its digits.
    TypeId id = type == null ? null : type.id();
    if (id != null) {
      if (value instanceof String s && SqlTypes.isCharacter(id)) {
        return s;
      }
      if (value instanceof Integer i && SqlTypes.isInteger(id)) {
        return Integer.toString(i);
      }
      if (value instanceof Long l && SqlTypes.isInteger(id)) {
        return Long.toString(l);
      }
    }
    return (String) Conversions.convert(value, type, SqlTypes.NVARCHAR_MAX);
  }
}
