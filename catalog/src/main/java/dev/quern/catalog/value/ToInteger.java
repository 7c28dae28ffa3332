package dev.quern.catalog.value;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;

/** Conversions to tinyint, smallint, int and bigint. */
final class ToInteger {
  private ToInteger() {}

  static Object convert(Object v, SqlType from, SqlType to) {
    TypeId target = to.id();
    return switch (v) {
      case Integer i -> fromIntegral(i, from, target);
      case Long l -> fromIntegral(l, from, target);
      case Boolean b -> box(b ? 1 : 0, target);
      case BigDecimal d -> fromDecimal(d, from, target);
      case Double d -> fromFloat(d, target);
      case Float f -> fromFloat(f, target);
      case String s -> fromString(s, from, target);
      case byte[] b -> box(Bytes.toLong(b, Bytes.width(target)), target);
      // datetime counts days since 1900-01-01; noon and later round up to the next day.
      case LocalDateTime t -> fromIntegral(Math.round(DateTimeValues.toDays(t)), from, target);
      default -> throw ValueErrors.explicitNotAllowed(from.id(), target);
    };
  }

  private static Object fromIntegral(long v, SqlType from, TypeId target) {
    if (!inRange(v, target)) {
      if (target == TypeId.TINYINT || target == TypeId.SMALLINT) {
        throw ValueErrors.integerOverflow(target, v);
      }
      throw ValueErrors.expressionOverflow(target);
    }
    return box(v, target);
  }

  /** decimal truncates toward zero; money rounds (SQL Server's long-standing difference). */
  private static Object fromDecimal(BigDecimal d, SqlType from, TypeId target) {
    RoundingMode mode =
        from.id() == TypeId.MONEY || from.id() == TypeId.SMALLMONEY
            ? RoundingMode.HALF_UP
            : RoundingMode.DOWN;
    BigDecimal whole = d.setScale(0, mode);
    if (!fitsInLong(whole) || !inRange(whole.longValue(), target)) {
      throw ValueErrors.expressionOverflow(target);
    }
    return box(whole.longValue(), target);
  }

  private static Object fromFloat(double d, TypeId target) {
    double whole = d < 0 ? Math.ceil(d) : Math.floor(d);
    if (whole < -9.223372036854775808E18
        || whole >= 9.223372036854775808E18
        || !inRange((long) whole, target)) {
      throw ValueErrors.floatToIntegerOverflow(target, d);
    }
    return box((long) whole, target);
  }

  /**
   * Optional sign and digits between spaces; an empty string or a lone sign is 0, as in SQL Server.
   * A decimal point is an error (245), not a truncation.
   */
  private static Object fromString(String s, SqlType from, TypeId target) {
    String t = Numbers.trim(s);
    int i = 0;
    boolean negative = false;
    if (!t.isEmpty() && (t.charAt(0) == '+' || t.charAt(0) == '-')) {
      negative = t.charAt(0) == '-';
      i = 1;
    }
    if (i == t.length()) {
      return box(0, target);
    }
    for (int j = i; j < t.length(); j++) {
      if (t.charAt(j) < '0' || t.charAt(j) > '9') {
        throw ValueErrors.conversionFailed(from, s, SqlType.of(target));
      }
    }
    BigDecimal magnitude = new BigDecimal(t.substring(i));
    BigDecimal value = negative ? magnitude.negate() : magnitude;
    if (!fitsInLong(value) || !inRange(value.longValue(), target)) {
      if (target == TypeId.BIGINT) {
        throw ValueErrors.errorConverting(from.id(), "bigint");
      }
      throw ValueErrors.stringIntegerOverflow(from.id(), s, target);
    }
    return box(value.longValue(), target);
  }

  /** bigint's range is asymmetric: -9223372036854775808 fits, its absolute value does not. */
  private static boolean fitsInLong(BigDecimal whole) {
    return whole.compareTo(LONG_MIN) >= 0 && whole.compareTo(LONG_MAX) <= 0;
  }

  private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

  static boolean inRange(long v, TypeId target) {
    return switch (target) {
      case TINYINT -> v >= 0 && v <= 255;
      case SMALLINT -> v >= Short.MIN_VALUE && v <= Short.MAX_VALUE;
      case INT -> v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE;
      default -> true;
    };
  }

  /** bigint is Long, the smaller integers Integer (TypeId's Java representation). */
  static Object box(long v, TypeId target) {
    return target == TypeId.BIGINT ? (Object) v : (Object) (int) v;
  }
}
