package dev.quern.engine.sys;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import java.util.List;

/** Shorthands for declaring view and procedure result columns with SQL Server's types. */
public final class Columns {
  private Columns() {}

  public static ResultColumn sysname(String name, boolean nullable) {
    return new ResultColumn(name, SqlTypes.SYSNAME, nullable);
  }

  public static ResultColumn nvarchar(String name, int length, boolean nullable) {
    return new ResultColumn(name, SqlType.ofLength(TypeId.NVARCHAR, length), nullable);
  }

  public static ResultColumn integer(String name, boolean nullable) {
    return new ResultColumn(name, SqlTypes.INT, nullable);
  }

  public static ResultColumn smallint(String name, boolean nullable) {
    return new ResultColumn(name, SqlTypes.SMALLINT, nullable);
  }

  public static ResultColumn tinyint(String name, boolean nullable) {
    return new ResultColumn(name, SqlTypes.TINYINT, nullable);
  }

  public static ResultColumn bit(String name, boolean nullable) {
    return new ResultColumn(name, SqlTypes.BIT, nullable);
  }

  public static ResultColumn variant(String name, boolean nullable) {
    return new ResultColumn(name, SqlTypes.SQL_VARIANT, nullable);
  }

  public static ResultColumn real(String name, boolean nullable) {
    return new ResultColumn(name, SqlTypes.REAL, nullable);
  }

  public static ResultColumn bigint(String name, boolean nullable) {
    return new ResultColumn(name, SqlTypes.BIGINT, nullable);
  }

  public static ResultColumn datetime(String name, boolean nullable) {
    return new ResultColumn(name, SqlTypes.DATETIME, nullable);
  }

  public static ResultColumn uniqueidentifier(String name, boolean nullable) {
    return new ResultColumn(name, SqlTypes.UNIQUEIDENTIFIER, nullable);
  }

  public static ResultColumn varbinary(String name, int length, boolean nullable) {
    return new ResultColumn(name, SqlType.ofLength(TypeId.VARBINARY, length), nullable);
  }

  /** char(n), the fixed-length codes of the compatibility views ('U ', 'PK'). */
  public static ResultColumn character(String name, int length, boolean nullable) {
    return new ResultColumn(name, SqlType.ofLength(TypeId.CHAR, length), nullable);
  }

  public static ResultColumn nchar(String name, int length, boolean nullable) {
    return new ResultColumn(name, SqlType.ofLength(TypeId.NCHAR, length), nullable);
  }

  public static ResultColumn varchar(String name, int length, boolean nullable) {
    return new ResultColumn(name, SqlType.ofLength(TypeId.VARCHAR, length), nullable);
  }

  public static ResultColumn binary(String name, int length, boolean nullable) {
    return new ResultColumn(name, SqlType.ofLength(TypeId.BINARY, length), nullable);
  }

  /** A datetime value as the server's local clock shows {@code t}; null stays null. */
  public static java.time.LocalDateTime localDatetime(java.time.Instant t) {
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

  /** {@code first} then {@code more}: a view that adds columns to a list another class defines. */
  public static List<ResultColumn> concat(List<ResultColumn> first, List<ResultColumn> more) {
    return java.util.stream.Stream.concat(first.stream(), more.stream()).toList();
  }

  /** A row's values {@code first} then {@code more}. */
  public static Object[] concat(Object[] first, Object[] more) {
    Object[] all = java.util.Arrays.copyOf(first, first.length + more.length);
    System.arraycopy(more, 0, all, first.length, more.length);
    return all;
  }
}
