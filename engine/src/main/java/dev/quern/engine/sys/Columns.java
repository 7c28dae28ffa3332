package dev.quern.engine.sys;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;

/** Shorthands for declaring view columns with SQL Server's types. */
final class Columns {
  private Columns() {}

  static ResultColumn sysname(String name, boolean nullable) {
    return new ResultColumn(name, SqlTypes.SYSNAME, nullable);
  }

  static ResultColumn nvarchar(String name, int length, boolean nullable) {
    return new ResultColumn(name, SqlType.ofLength(TypeId.NVARCHAR, length), nullable);
  }

  static ResultColumn integer(String name, boolean nullable) {
    return new ResultColumn(name, SqlTypes.INT, nullable);
  }

  static ResultColumn smallint(String name, boolean nullable) {
    return new ResultColumn(name, SqlTypes.SMALLINT, nullable);
  }

  static ResultColumn tinyint(String name, boolean nullable) {
    return new ResultColumn(name, SqlTypes.TINYINT, nullable);
  }

  static ResultColumn bit(String name, boolean nullable) {
    return new ResultColumn(name, SqlTypes.BIT, nullable);
  }

  static ResultColumn variant(String name, boolean nullable) {
    return new ResultColumn(name, SqlTypes.SQL_VARIANT, nullable);
  }

  static ResultColumn bigint(String name, boolean nullable) {
    return new ResultColumn(name, SqlTypes.BIGINT, nullable);
  }

  static ResultColumn datetime(String name, boolean nullable) {
    return new ResultColumn(name, SqlTypes.DATETIME, nullable);
  }

  static ResultColumn uniqueidentifier(String name, boolean nullable) {
    return new ResultColumn(name, SqlTypes.UNIQUEIDENTIFIER, nullable);
  }

  static ResultColumn varbinary(String name, int length, boolean nullable) {
    return new ResultColumn(name, SqlType.ofLength(TypeId.VARBINARY, length), nullable);
  }

  /** A datetime value as the server's local clock shows {@code t}; null stays null. */
  static java.time.LocalDateTime localDatetime(java.time.Instant t) {
    return t == null
        ? null
        : dev.quern.catalog.value.DateTimeValues.roundToDatetime(
            java.time.LocalDateTime.ofInstant(t, java.time.ZoneId.systemDefault()));
  }

  /**
   * A count or a duration in milliseconds for an int column: SQL Server's int counters stop at
   * int's largest value rather than wrapping (a session older than 24 days, a busy connection).
   */
  static int saturatedInt(long value) {
    return (int) Math.min(Integer.MAX_VALUE, value);
  }
}
