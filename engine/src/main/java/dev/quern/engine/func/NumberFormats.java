package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.locale.Culture;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * .NET Framework numeric format strings ("Standard numeric format strings", "Custom numeric format
 * strings") in a culture: the standard ones (C, D, E, F, G, N, P, R, X with a precision) with the
 * culture's separators, group sizes and currency/percent/negative patterns, and custom patterns
 * (#,##0.00) with its separators. A format .NET refuses throws IllegalArgumentException (FORMAT
 * gives NULL). Custom patterns are {@link CustomNumberFormat}'s.
 */
final class NumberFormats {
  private NumberFormats() {}

  static String format(Object value, SqlType type, String format, Culture culture) {
    BigDecimal d =
        value instanceof Boolean b
            ? (b ? BigDecimal.ONE : BigDecimal.ZERO)
            : value instanceof Double || value instanceof Float
                ? new BigDecimal(value.toString())
                : value instanceof BigDecimal bd ? bd : BigDecimal.valueOf(((Number) value).longValue());
    if (format.matches("[A-Za-z]\\d{0,2}")) {
      int digits = format.length() > 1 ? Integer.parseInt(format.substring(1)) : -1;
      return standard(d, type.id(), format.charAt(0), digits, culture.numbers());
    }
    return CustomNumberFormat.format(d, format, culture.numbers());
  }

  private static String standard(BigDecimal d, TypeId type, char kind, int digits, Culture.Numbers n) {
    boolean integral = SqlTypes.isInteger(type) || type == TypeId.BIT;
    return switch (Character.toUpperCase(kind)) {
      case 'N' -> NumberPatterns.number(grouped(d, digits < 0 ? 2 : digits, n), n);
      case 'F' -> {
        Rounded r = round(d, digits < 0 ? 2 : digits);
        yield (r.negative() ? "-" : "") + NumberPatterns.body(r, n);
      }
      case 'C' -> NumberPatterns.currency(grouped(d, digits < 0 ? n.currencyDigits() : digits, n), n);
      case 'P' -> NumberPatterns.percent(grouped(d.movePointRight(2), digits < 0 ? 2 : digits, n), n);
      case 'D' -> {
        requireIntegral(integral);
        String s = d.toBigInteger().abs().toString();
        yield (d.signum() < 0 ? "-" : "") + "0".repeat(Math.max(0, digits - s.length())) + s;
      }
      case 'X' -> {
        requireIntegral(integral);
        BigInteger v = d.toBigInteger();
        String s = (v.signum() < 0 ? v.add(BigInteger.ONE.shiftLeft(64)) : v).toString(16);
        s = kind == 'X' ? s.toUpperCase(Locale.ROOT) : s;
        yield "0".repeat(Math.max(0, digits - s.length())) + s;
      }
      case 'E' -> scientific(d, digits < 0 ? 6 : digits, kind == 'e' ? "e" : "E", n);
      case 'G' -> general(d, type, digits, kind == 'g' ? "e" : "E", n);
      case 'R' -> {
        // Round-trip exists for float and real (Double, Single); integers format as G; .NET
        // refuses it for decimal and money.
        if (!integral && !SqlTypes.isApproximate(type)) {
          throw new IllegalArgumentException("R takes float, real or integers");
        }
        yield integral ? general(d, type, -1, "E", n) : roundTrip(d, n);
      }
      default -> throw new IllegalArgumentException("format " + kind);
    };
  }

  private static void requireIntegral(boolean integral) {
    if (!integral) {
      throw new IllegalArgumentException("D and X take integers");
    }
  }

  /** A rounded value: sign (none when it rounds to zero, as .NET Framework) and its digits. */
  record Rounded(boolean negative, String integer, String fraction) {}

  private static Rounded round(BigDecimal d, int decimals) {
    BigDecimal r = d.setScale(decimals, RoundingMode.HALF_UP);
    String s = r.abs().toPlainString();
    int dot = s.indexOf('.');
    return new Rounded(
        r.signum() < 0, dot < 0 ? s : s.substring(0, dot), dot < 0 ? "" : s.substring(dot + 1));
  }

  private static Rounded grouped(BigDecimal d, int decimals, Culture.Numbers n) {
    Rounded r = round(d, decimals);
    return new Rounded(r.negative(), group(r.integer(), n), r.fraction());
  }

  /** Inserts the group separator: the first group size from the right, then the next, the last repeating. */
  static String group(String digits, Culture.Numbers n) {
    StringBuilder out = new StringBuilder();
    int end = digits.length();
    int i = 0;
    while (end > 0) {
      int size = n.groupSizes().get(Math.min(i++, n.groupSizes().size() - 1));
      int start = Math.max(0, end - size);
      out.insert(0, digits, start, end);
      if (start > 0) {
        out.insert(0, n.group());
      }
      end = start;
    }
    return out.toString();
  }

  /** 1.234568E+003: the exponent has at least three digits. */
  private static String scientific(BigDecimal d, int decimals, String e, Culture.Numbers n) {
    int exponent = d.signum() == 0 ? 0 : d.precision() - d.scale() - 1;
    BigDecimal m = d.movePointLeft(exponent).setScale(decimals, RoundingMode.HALF_UP);
    if (m.abs().compareTo(BigDecimal.TEN) >= 0) {
      m = m.movePointLeft(1).setScale(decimals, RoundingMode.HALF_UP);
      exponent++;
    }
    String mantissa = m.toPlainString().replace('.', n.decimal());
    return mantissa + e + (exponent < 0 ? "-" : "+") + String.format(Locale.ROOT, "%03d", Math.abs(exponent));
  }

  /**
   * G: the shortest of fixed and scientific at a precision (float 15 and real 7 significant digits
   * by default, as Double and Single; decimals and integers all their digits), scientific when the
   * exponent reaches the precision or falls below -5; the exponent has at least two digits.
   */
  private static String general(BigDecimal d, TypeId type, int digits, String e, Culture.Numbers n) {
    int precision = digits > 0 ? digits
        : type == TypeId.FLOAT ? 15 : type == TypeId.REAL ? 7 : 0;
    BigDecimal r = (precision > 0 ? d.round(new MathContext(precision, RoundingMode.HALF_UP)) : d)
        .stripTrailingZeros();
    return precision == 0 ? r.toPlainString().replace('.', n.decimal()) : shortest(r, precision, e, n);
  }

  /** R for float and real: the shortest digits that read back the same value, laid out as G15. */
  private static String roundTrip(BigDecimal d, Culture.Numbers n) {
    return shortest(d.stripTrailingZeros(), 15, "E", n);
  }

  private static String shortest(BigDecimal r, int precision, String e, Culture.Numbers n) {
    int exponent = r.signum() == 0 ? 0 : r.precision() - r.scale() - 1;
    if (exponent >= -5 && exponent < precision) {
      return r.toPlainString().replace('.', n.decimal());
    }
    String mantissa = r.movePointLeft(exponent).toPlainString().replace('.', n.decimal());
    return mantissa + e + (exponent < 0 ? "-" : "+") + String.format(Locale.ROOT, "%02d", Math.abs(exponent));
  }
}
