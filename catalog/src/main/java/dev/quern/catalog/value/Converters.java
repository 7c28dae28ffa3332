package dev.quern.catalog.value;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;

/**
 * Picks a {@link ValueConverter} for a (from, to, style) triple. The common per-row conversions
 * (integer to float, text or integer to a character type) get converters that test the value's
 * class with plain instanceof checks and skip the per-value rule lookup; anything else, and any
 * value of an unexpected class, goes through {@link Conversions#convert}, so the results and
 * errors are the same as there.
 */
final class Converters {
  private Converters() {}

  static ValueConverter of(SqlType from, SqlType to, int style) {
    ValueConverter general = (v, df) -> Conversions.convert(v, from, to, style, df);
    if (from == null || to == null) {
      return general;
    }
    TypeId f = from.id();
    if (f == TypeId.SQL_VARIANT || !Conversions.explicitlyConvertible(from, to)) {
      return general; // the base type is known per value only, or every value fails (529)
    }
    TypeId t = to.id();
    boolean sameWideInteger = from.equals(to) && (f == TypeId.INT || f == TypeId.BIGINT);
    if (style == Conversions.NO_STYLE && sameWideInteger) {
      // Already of its type: an Integer is always in int's range and a Long in bigint's (unlike
      // tinyint and smallint, whose range the general conversion checks).
      Class<?> javaClass = f == TypeId.BIGINT ? Long.class : Integer.class;
      return (v, df) -> v.getClass() == javaClass ? v : general.convert(v, df);
    }
    if (t == TypeId.FLOAT && SqlTypes.isInteger(f)) {
      return (v, df) -> toFloat(v, general, df);
    }
    if (style == Conversions.NO_STYLE && isLimitedText(t)) {
      if (SqlTypes.isCharacter(f) && (SqlTypes.isUnicode(t) || !SqlTypes.isUnicode(f))) {
        // No recoding to code page 1252 when the target is Unicode or the source is not.
        return (v, df) ->
            v instanceof String s ? ToText.fit(s, v, from, to) : general.convert(v, df);
      }
      if (SqlTypes.isInteger(f)) {
        return (v, df) -> integerText(v, from, to, general, df);
      }
    }
    return general;
  }

  private static Object toFloat(Object v, ValueConverter general, String df) {
    if (v instanceof Integer i) {
      return (double) i;
    }
    if (v instanceof Long l) {
      return (double) l;
    }
    return general.convert(v, df);
  }

  private static Object integerText(
      Object v, SqlType from, SqlType to, ValueConverter general, String df) {
    if (v instanceof Integer i) {
      return ToText.fit(Integer.toString(i), v, from, to);
    }
    if (v instanceof Long l) {
      return ToText.fit(Long.toString(l), v, from, to);
    }
    return general.convert(v, df);
  }

  private static boolean isLimitedText(TypeId t) {
    return t == TypeId.CHAR || t == TypeId.VARCHAR || t == TypeId.NCHAR || t == TypeId.NVARCHAR;
  }
}
