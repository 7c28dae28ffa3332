package dev.quern.catalog.value;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Parses the decimal strings SQL Server accepts for numeric, float and money. */
final class DecimalText {
  private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)");
  private static final Pattern FLOAT =
      Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?|[+-]?\\.?");
  // Money takes a currency sign before or after the sign, and thousands separators.
  private static final Pattern MONEY =
      Pattern.compile("[$€£¥]?[+-]?[$€£¥]?(\\d[\\d,]*\\.?\\d*|\\.\\d+)?");

  private DecimalText() {}

  /** numeric: sign, digits, one point; no exponent. Null when the text is not one. */
  static BigDecimal parseDecimal(String s) {
    String t = Numbers.trim(s);
    return DECIMAL.matcher(t).matches() ? new BigDecimal(t.endsWith(".") ? t + "0" : t) : null;
  }

  /** float: like numeric plus an exponent; empty (or a lone sign or point) is 0. */
  static Double parseFloat(String s) {
    String t = Numbers.trim(s);
    if (!FLOAT.matcher(t).matches()) {
      return null;
    }
    if (t.replaceAll("[+.-]", "").isEmpty()) {
      return 0.0;
    }
    return Double.parseDouble(t);
  }

  /** money: currency sign and commas allowed; empty is 0. */
  static BigDecimal parseMoney(String s) {
    String t = Numbers.trim(s);
    if (!MONEY.matcher(t).matches()) {
      return null;
    }
    String digits = t.replaceAll("[$€£¥,+]", "");
    if (digits.isEmpty() || digits.equals("-") || digits.equals(".") || digits.equals("-.")) {
      return BigDecimal.ZERO;
    }
    return new BigDecimal(digits.endsWith(".") ? digits + "0" : digits);
  }
}
