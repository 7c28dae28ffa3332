package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.catalog.value.Conversions;
import dev.quern.catalog.value.ValueFormatter;
import java.math.BigDecimal;
import java.util.List;

/** A call's argument values with their types, read as the type a function wants. */
final class Arguments {
  private static final java.nio.charset.Charset CP1252 = java.nio.charset.Charset.forName("windows-1252");

  private final String function;
  private final Object[] values;
  private final List<SqlType> types;
  /** The session's SET DATEFORMAT, for strings read as dates. */
  private final String dateFormat;

  Arguments(String function, Object[] values, List<SqlType> types, String dateFormat) {
    this.function = function;
    this.values = values;
    this.types = types;
    this.dateFormat = dateFormat;
  }

  int size() {
    return values.length;
  }

  Object value(int i) {
    return values[i];
  }

  SqlType type(int i) {
    return types.get(i);
  }

  boolean isNull(int i) {
    return values[i] == null;
  }

  /** The argument as text (numbers as CAST to nvarchar gives them, binary as varchar bytes). */
  String string(int i) {
    SqlType t = types.get(i);
    if (SqlTypes.isBinary(t.id()) && values[i] != null) {
      return (String) Conversions.convert(values[i], t, SqlTypes.VARCHAR_MAX);
    }
    return ValueFormatter.toText(values[i], t);
  }

  /**
   * The argument's bytes as SQL Server stores them (what HASHBYTES, COMPRESS and the passphrase
   * functions work on): binary as is, nvarchar as UTF-16LE, varchar in its code page (1252).
   */
  byte[] storedBytes(int i) {
    if (values[i] instanceof byte[] b) {
      return b;
    }
    String s = string(i);
    return SqlTypes.isUnicode(types.get(i).id())
        ? s.getBytes(java.nio.charset.StandardCharsets.UTF_16LE)
        : s.getBytes(CP1252);
  }

  /** Whether a function taking bytes ({@link #storedBytes}) accepts an argument of type {@code t}. */
  static boolean hasStoredBytes(SqlType t) {
    return SqlTypes.isCharacter(t.id()) && t.id() != TypeId.TEXT && t.id() != TypeId.NTEXT
        || t.id() == TypeId.BINARY || t.id() == TypeId.VARBINARY;
  }

  /** The argument implicitly converted to int (245 for text that is not a number). */
  int integer(int i) {
    return (Integer) Conversions.convertImplicitly(values[i], types.get(i), SqlTypes.INT);
  }

  long bigint(int i) {
    return (Long) Conversions.convertImplicitly(values[i], types.get(i), SqlTypes.BIGINT);
  }

  double dbl(int i) {
    return (Double) Conversions.convertImplicitly(values[i], types.get(i), SqlTypes.FLOAT);
  }

  /** The argument as a decimal of its own precision (integers and money exact). */
  BigDecimal decimal(int i) {
    SqlType t = types.get(i);
    SqlType target = SqlTypes.isDecimal(t.id()) ? t : SqlType.decimal(38, 10);
    return (BigDecimal) Conversions.convertImplicitly(values[i], t, target);
  }

  /** The argument converted to {@code to} as an implicit conversion would. */
  Object as(int i, SqlType to) {
    return Conversions.convertImplicitly(values[i], types.get(i), to, dateFormat);
  }

  /** The argument as a date/time value: others converted as {@link #temporalType} says. */
  Object temporal(int i) {
    SqlType t = types.get(i);
    if (SqlTypes.isTemporal(t.id())) {
      return values[i];
    }
    return Conversions.convertImplicitly(values[i], t, temporalType(t), dateFormat);
  }

  /**
   * The date/time type an argument is read as: its own, else datetime for numbers (day counts) and
   * datetime2(7) for strings, so every string any date type accepts is read.
   */
  static SqlType temporalType(SqlType t) {
    if (SqlTypes.isTemporal(t.id())) {
      return t;
    }
    return SqlTypes.isCharacter(t.id())
        ? SqlType.withScale(TypeId.DATETIME2, SqlTypes.DEFAULT_TIME_SCALE)
        : SqlType.of(TypeId.DATETIME);
  }

  String function() {
    return function;
  }
}
