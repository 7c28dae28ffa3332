package dev.quern.catalog.value;

import dev.quern.catalog.type.SqlType;

/** Text of a value as CAST(value AS nvarchar(max)) gives it (PRINT, conversions). */
public final class ValueFormatter {
  private ValueFormatter() {}

  /** Null for NULL. */
  public static String toText(Object value, SqlType type) {
    throw new UnsupportedOperationException("in progress");
  }
}
