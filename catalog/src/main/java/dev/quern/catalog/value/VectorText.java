package dev.quern.catalog.value;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A vector's text as SQL Server 2025 writes it when converting to a string: a JSON array, no
 * spaces, each element as C's {@code %.7e} with a three-digit exponent ({@code
 * [1.0000000e+000,-5.0000001e-002]}); negative zero is written as zero. Reading text is {@link
 * VectorTextParser}.
 */
public final class VectorText {
  private static final MathContext EIGHT_DIGITS = new MathContext(8, RoundingMode.HALF_EVEN);

  private VectorText() {}

  /** The JSON text of {@code v}. */
  public static String format(VectorValue v) {
    StringBuilder out = new StringBuilder(2 + 15 * v.dimensions()).append('[');
    for (int i = 0; i < v.dimensions(); i++) {
      if (i > 0) {
        out.append(',');
      }
      appendElement(out, v.element(i));
    }
    return out.append(']').toString();
  }

  /** Reads a vector from its JSON text; SQL Server's 13609/13670/42241 when it is none. */
  public static VectorValue parse(String text) {
    return VectorValue.of(VectorTextParser.parse(text));
  }

  /** One element: the float's exact binary value rounded to eight significant digits. */
  static void appendElement(StringBuilder out, float f) {
    if (f == 0f) {
      out.append("0.0000000e+000");
      return;
    }
    BigDecimal rounded = new BigDecimal(f).round(EIGHT_DIGITS);
    String digits = rounded.unscaledValue().abs().toString();
    int exponent = digits.length() - 1 - rounded.scale();
    if (f < 0) {
      out.append('-');
    }
    out.append(digits.charAt(0)).append('.').append(digits, 1, Math.min(8, digits.length()));
    for (int pad = digits.length(); pad < 8; pad++) {
      out.append('0');
    }
    out.append(exponent < 0 ? "e-" : "e+");
    String e = Integer.toString(Math.abs(exponent));
    out.append("000", 0, 3 - e.length()).append(e);
  }
}
