package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** .NET numeric format strings for en-US (standard like N2 and custom like #,##0.00). */
final class NumberFormats {
  private static final DecimalFormatSymbols US = DecimalFormatSymbols.getInstance(Locale.US);

  private NumberFormats() {}

  static String format(Object value, SqlType type, String format) {
    BigDecimal d =
        value instanceof Boolean b
            ? (b ? BigDecimal.ONE : BigDecimal.ZERO)
            : value instanceof Double || value instanceof Float
                ? new BigDecimal(Double.toString(((Number) value).doubleValue()))
                : value instanceof BigDecimal bd
                    ? bd
                    : BigDecimal.valueOf(((Number) value).longValue());
    boolean integral =
        SqlTypes.isInteger(type.id()) || type.id() == dev.quern.catalog.type.TypeId.BIT;
    if (format.matches("[A-Za-z]\\d{0,2}")) {
      return standard(
          d,
          integral,
          Character.toUpperCase(format.charAt(0)),
          format.length() > 1 ? Integer.parseInt(format.substring(1)) : -1);
    }
    DecimalFormat f = new DecimalFormat(format, US);
    f.setRoundingMode(RoundingMode.HALF_UP);
    return f.format(d);
  }

  private static String standard(BigDecimal d, boolean integral, char kind, int digits) {
    return switch (kind) {
      case 'N' -> grouped(d, digits < 0 ? 2 : digits);
      case 'F' -> d.setScale(digits < 0 ? 2 : digits, RoundingMode.HALF_UP).toPlainString();
      case 'C' -> currency(d, digits < 0 ? 2 : digits);
      case 'P' -> grouped(d.movePointRight(2), digits < 0 ? 2 : digits) + " %";
      case 'D' -> {
        requireIntegral(integral);
        String s = d.toBigInteger().abs().toString();
        String padded = "0".repeat(Math.max(0, digits - s.length())) + s;
        yield (d.signum() < 0 ? "-" : "") + padded;
      }
      case 'X' -> {
        requireIntegral(integral);
        BigInteger v = d.toBigInteger();
        String s =
            (v.signum() < 0 ? v.add(BigInteger.ONE.shiftLeft(64)) : v)
                .toString(16)
                .toUpperCase(Locale.ROOT);
        yield "0".repeat(Math.max(0, digits - s.length())) + s;
      }
      case 'E' -> scientific(d, digits < 0 ? 6 : digits);
      case 'G' ->
          digits <= 0
              ? d.stripTrailingZeros().toPlainString()
              : d.round(new java.math.MathContext(digits)).stripTrailingZeros().toPlainString();
      default -> throw new IllegalArgumentException("format " + kind);
    };
  }

  private static void requireIntegral(boolean integral) {
    if (!integral) {
      throw new IllegalArgumentException("D and X take integers");
    }
  }

  private static String grouped(BigDecimal d, int decimals) {
    DecimalFormat f =
        new DecimalFormat("#,##0" + (decimals > 0 ? "." + "0".repeat(decimals) : ""), US);
    f.setRoundingMode(RoundingMode.HALF_UP);
    return f.format(d);
  }

  /** en-US currency under .NET Framework: $1,234.57 and ($1,234.57) for negatives. */
  private static String currency(BigDecimal d, int decimals) {
    String body = "$" + grouped(d.abs(), decimals);
    return d.signum() < 0 ? "(" + body + ")" : body;
  }

  /** 1.234568E+003: the exponent has at least three digits. */
  private static String scientific(BigDecimal d, int decimals) {
    if (d.signum() == 0) {
      return BigDecimal.ZERO.setScale(decimals).toPlainString() + "E+000";
    }
    int exponent = d.precision() - d.scale() - 1;
    BigDecimal m = d.movePointLeft(exponent).setScale(decimals, RoundingMode.HALF_UP);
    if (m.abs().compareTo(BigDecimal.TEN) >= 0) {
      m = m.movePointLeft(1).setScale(decimals, RoundingMode.HALF_UP);
      exponent++;
    }
    return m.toPlainString()
        + "E"
        + (exponent < 0 ? "-" : "+")
        + String.format(Locale.ROOT, "%03d", Math.abs(exponent));
  }
}
