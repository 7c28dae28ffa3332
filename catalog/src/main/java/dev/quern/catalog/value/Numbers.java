package dev.quern.catalog.value;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** Numeric helpers shared by conversions and arithmetic: widening to BigDecimal, range checks. */
final class Numbers {
  static final BigDecimal MONEY_MIN = new BigDecimal("-922337203685477.5808");
  static final BigDecimal MONEY_MAX = new BigDecimal("922337203685477.5807");
  static final BigDecimal SMALLMONEY_MIN = new BigDecimal("-214748.3648");
  static final BigDecimal SMALLMONEY_MAX = new BigDecimal("214748.3647");

  private Numbers() {}

  /** An exact or approximate numeric (or bit) Java value as a BigDecimal. */
  static BigDecimal toBigDecimal(Object v) {
    return switch (v) {
      case BigDecimal d -> d;
      case Integer i -> BigDecimal.valueOf(i);
      case Long l -> BigDecimal.valueOf(l);
      case Boolean b -> b ? BigDecimal.ONE : BigDecimal.ZERO;
      // Shortest decimal that round-trips: what people expect 0.1e0 to become.
      case Double d -> new BigDecimal(Double.toString(d));
      case Float f -> new BigDecimal(Float.toString(f));
      default -> throw new IllegalArgumentException("not a number: " + v.getClass());
    };
  }

  static double toDouble(Object v) {
    return switch (v) {
      case Double d -> d;
      case Float f -> f.doubleValue();
      case Integer i -> i;
      case Long l -> l;
      case Boolean b -> b ? 1 : 0;
      case BigDecimal d -> d.doubleValue();
      default -> throw new IllegalArgumentException("not a number: " + v.getClass());
    };
  }

  /** Rounds half away from zero, SQL Server's rule when a decimal loses scale. */
  static BigDecimal round(BigDecimal d, int scale) {
    return d.setScale(scale, RoundingMode.HALF_UP);
  }

  /** Whether d (at its scale) fits decimal(precision, scale): fewer than p - s integral digits. */
  static boolean fitsPrecision(BigDecimal d, int precision, int scale) {
    BigInteger limit = BigInteger.TEN.pow(precision - scale);
    return d.setScale(0, RoundingMode.DOWN).toBigInteger().abs().compareTo(limit) < 0;
  }

  /** The number of decimal digits of an unscaled magnitude (0 has 1). */
  static int digits(BigInteger magnitude) {
    return magnitude.signum() == 0 ? 1 : magnitude.abs().toString().length();
  }

  static boolean isWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  /** Trims the spaces, tabs and line breaks SQL Server ignores around numbers. */
  static String trim(String s) {
    int b = 0;
    int e = s.length();
    while (b < e && isWhitespace(s.charAt(b))) {
      b++;
    }
    while (e > b && isWhitespace(s.charAt(e - 1))) {
      e--;
    }
    return s.substring(b, e);
  }
}
