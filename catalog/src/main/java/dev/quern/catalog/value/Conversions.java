package dev.quern.catalog.value;

import dev.quern.catalog.type.SqlType;

/**
 * CAST and CONVERT between SQL Server types, following "Data type conversion (Database Engine)"
 * and the CAST and CONVERT (Transact-SQL) reference, with SQL Server's errors.
 */
public final class Conversions {
  private Conversions() {}

  /** CAST(value AS to); null stays null. */
  public static Object convert(Object value, SqlType from, SqlType to) {
    return convert(value, from, to, 0);
  }

  /** CONVERT(to, value, style); null stays null. */
  public static Object convert(Object value, SqlType from, SqlType to, int style) {
    throw new UnsupportedOperationException("in progress");
  }

  /** Whether SQL Server converts from → to without an explicit CAST. */
  public static boolean implicitlyConvertible(SqlType from, SqlType to) {
    throw new UnsupportedOperationException("in progress");
  }

  /** Whether CAST/CONVERT from → to is allowed at all. */
  public static boolean explicitlyConvertible(SqlType from, SqlType to) {
    throw new UnsupportedOperationException("in progress");
  }
}
