package dev.quern.catalog.value;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * decimal arithmetic: the precision and scale of results ("Precision, scale, and length
 * (Transact-SQL)"), including the reduction when precision would exceed 38, and the values.
 */
final class DecimalArithmetic {
  private static final int MAX = SqlTypes.MAX_PRECISION;

  /** The scale SQL Server keeps at least when it must cut a * or / result to 38 digits. */
  private static final int MIN_ADJUSTED_SCALE = 6;

  private DecimalArithmetic() {}

  /** The result type of a op b where both are decimals (integers and money seen as decimals). */
  static SqlType resultType(char op, SqlType a, SqlType b) {
    int p1 = a.precision();
    int s1 = a.scale();
    int p2 = b.precision();
    int s2 = b.scale();
    int integral1 = p1 - s1;
    int integral2 = p2 - s2;
    int p;
    int s;
    switch (op) {
      case '+', '-' -> {
        s = Math.max(s1, s2);
        p = Math.max(integral1, integral2) + s + 1;
        if (p > MAX) {
          // Addition keeps the integral digits and gives up scale (never below 0).
          s = Math.max(0, Math.min(s, MAX - Math.max(integral1, integral2)));
          p = MAX;
        }
        return SqlType.decimal(p, s);
      }
      case '*' -> {
        p = p1 + p2 + 1;
        s = s1 + s2;
      }
      case '/' -> {
        s = Math.max(MIN_ADJUSTED_SCALE, s1 + p2 + 1);
        p = integral1 + s2 + s;
      }
      case '%' -> {
        s = Math.max(s1, s2);
        p = Math.min(integral1, integral2) + s;
      }
      default -> throw new IllegalArgumentException("operator " + op);
    }
    return adjust(p, s);
  }

  /** p > 38: keep the integral part, keep the scale down to min(s, 6). */
  private static SqlType adjust(int p, int s) {
    if (p <= MAX) {
      return SqlType.decimal(p, s);
    }
    int integral = p - s;
    int scale = Math.min(s, Math.max(Math.min(s, MIN_ADJUSTED_SCALE), MAX - integral));
    return SqlType.decimal(MAX, scale);
  }

  /** Computes a op b exactly, then fits the result type (8115 on overflow, 8134 on /0). */
  static BigDecimal apply(char op, BigDecimal a, BigDecimal b, SqlType result) {
    BigDecimal r =
        switch (op) {
          case '+' -> a.add(b);
          case '-' -> a.subtract(b);
          case '*' -> a.multiply(b);
          case '/' -> {
            if (b.signum() == 0) {
              throw ValueErrors.divideByZero();
            }
            // Division truncates to the result scale: 2/3.0 is 0.666666.
            yield a.divide(b, result.scale(), RoundingMode.DOWN);
          }
          case '%' -> {
            if (b.signum() == 0) {
              throw ValueErrors.divideByZero();
            }
            yield a.remainder(b);
          }
          default -> throw new IllegalArgumentException("operator " + op);
        };
    BigDecimal fitted = Numbers.round(r, result.scale());
    if (!Numbers.fitsPrecision(fitted, result.precision(), result.scale())) {
      throw ValueErrors.arithmeticOverflow(TypeId.NUMERIC);
    }
    return fitted;
  }

  /** money op money (or money with an integer): four decimals, money's range. */
  static BigDecimal money(char op, BigDecimal a, BigDecimal b, TypeId result) {
    BigDecimal r =
        switch (op) {
          case '+' -> a.add(b);
          case '-' -> a.subtract(b);
          case '*' -> a.multiply(b);
          case '/' -> {
            if (b.signum() == 0) {
              throw ValueErrors.divideByZero();
            }
            // money division truncates like decimal division: $2.00 / 3 is 0.6666.
            yield a.divide(b, 4, RoundingMode.DOWN);
          }
          case '%' -> {
            if (b.signum() == 0) {
              throw ValueErrors.divideByZero();
            }
            yield a.remainder(b);
          }
          default -> throw new IllegalArgumentException("operator " + op);
        };
    return ToMoney.fit(r, result);
  }
}
