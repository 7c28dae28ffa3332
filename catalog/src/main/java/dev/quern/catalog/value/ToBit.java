package dev.quern.catalog.value;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Locale;

/** Conversions to bit: any non-zero number is 1; strings 'TRUE'/'FALSE' or an integer. */
final class ToBit {
  private ToBit() {}

  static Object convert(Object v, SqlType from, SqlType to) {
    return switch (v) {
      case Boolean b -> b;
      case Integer i -> i != 0;
      case Long l -> l != 0;
      case BigDecimal d -> d.signum() != 0;
      case Double d -> d != 0;
      case Float f -> f != 0;
      case byte[] b -> nonZero(b);
      case String s -> fromString(s, from, to);
      case LocalDateTime t -> DateTimeValues.toDays(t) != 0;
      default -> throw ValueErrors.explicitNotAllowed(from.id(), TypeId.BIT);
    };
  }

  private static boolean nonZero(byte[] b) {
    for (byte x : b) {
      if (x != 0) {
        return true;
      }
    }
    return false;
  }

  private static Boolean fromString(String s, SqlType from, SqlType to) {
    String t = Numbers.trim(s);
    String upper = t.toUpperCase(Locale.ROOT);
    if (upper.equals("TRUE")) {
      return true;
    }
    if (upper.equals("FALSE")) {
      return false;
    }
    try {
      Object n = ToInteger.convert(t, from, SqlType.of(TypeId.BIGINT));
      return (Long) n != 0;
    } catch (SqlValueException e) {
      throw ValueErrors.conversionFailed(from, s, to);
    }
  }
}
