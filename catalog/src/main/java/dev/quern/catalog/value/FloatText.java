package dev.quern.catalog.value;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * float/real to text as CONVERT styles 0, 1, 2 and 3 give it: style 0 is C's {@code %g} with six
 * significant digits and a three-digit exponent ({@code 1.23457e+008}), 1 is {@code %.7e}, 2 is
 * {@code %.15e}, 3 is 17 significant digits.
 */
final class FloatText {
  private FloatText() {}

  static String format(double v, int style) {
    return switch (style) {
      case 0 -> general(v, 6);
      case 1 -> scientific(v, 8);
      case 2 -> scientific(v, 16);
      case 3 -> general(v, 17);
      default -> throw new IllegalArgumentException("style " + style);
    };
  }

  /** {@code %g}: fixed notation when the exponent is in [-4, digits), scientific otherwise. */
  static String general(double v, int digits) {
    if (v == 0) {
      return "0";
    }
    BigDecimal r = new BigDecimal(v).round(new MathContext(digits, RoundingMode.HALF_EVEN));
    int exponent = r.precision() - r.scale() - 1;
    if (exponent < -4 || exponent >= digits) {
      BigDecimal mantissa = r.movePointLeft(exponent).stripTrailingZeros();
      return plain(mantissa) + exponentText(exponent);
    }
    return plain(r.stripTrailingZeros());
  }

  /** {@code %.(digits-1)e}: always scientific, trailing zeros kept. */
  static String scientific(double v, int digits) {
    if (v == 0) {
      return (1 / v < 0 ? "-" : "")
          + BigDecimal.ZERO.setScale(digits - 1).toPlainString()
          + "e+000";
    }
    BigDecimal r = new BigDecimal(v).round(new MathContext(digits, RoundingMode.HALF_EVEN));
    int exponent = r.precision() - r.scale() - 1;
    BigDecimal mantissa = r.movePointLeft(exponent).setScale(digits - 1, RoundingMode.HALF_EVEN);
    return mantissa.toPlainString() + exponentText(exponent);
  }

  private static String plain(BigDecimal d) {
    String s = d.toPlainString();
    return s.equals("-0") ? "0" : s;
  }

  private static String exponentText(int exponent) {
    String digits = Integer.toString(Math.abs(exponent));
    return "e" + (exponent < 0 ? "-" : "+") + "0".repeat(Math.max(0, 3 - digits.length())) + digits;
  }
}
