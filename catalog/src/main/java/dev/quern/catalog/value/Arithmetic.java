package dev.quern.catalog.value;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import java.math.BigDecimal;

/**
 * The operators {@code + - * / %}, string and binary concatenation with {@code +}, datetime
 * arithmetic, and the bitwise {@code & | ^ ~}, with SQL Server's result types and errors ("Data
 * type precedence", "Precision, scale, and length", "+ (String Concatenation)").
 */
public final class Arithmetic {
  private Arithmetic() {}

  /**
   * Result type of {@code a op b} for op one of {@code + - * / % & | ^}.
   *
   * @throws SqlValueException 402, 8117 or 206 when the operator does not take these types
   */
  public static SqlType resultType(char op, SqlType a, SqlType b) {
    return ArithmeticTypes.resultType(op, a, b);
  }

  /** {@code a op b}; null if either is null (after checking the types). */
  public static Object apply(char op, Object a, SqlType ta, Object b, SqlType tb) {
    SqlType rt = resultType(op, ta, tb);
    if (a == null || b == null) {
      return null;
    }
    TypeId id = rt.id();
    if (op == '&' || op == '|' || op == '^') {
      return bitwise(op, a, ta, b, tb, rt);
    }
    if (SqlTypes.isCharacter(id) || SqlTypes.isBinary(id)) {
      return Concatenation.apply(a, ta, b, tb, rt);
    }
    if (id == TypeId.DATETIME || id == TypeId.SMALLDATETIME) {
      return DatetimeArithmetic.apply(op, a, ta, b, tb, rt);
    }
    // Decimals compute at their own precision and scale; the other types at the result type.
    boolean exact = SqlTypes.isDecimal(id);
    SqlType opA = exact ? ArithmeticTypes.operandType(ta, tb) : rt;
    SqlType opB = exact ? ArithmeticTypes.operandType(tb, ta) : rt;
    Object x = Conversions.convert(a, ta, opA);
    Object y = Conversions.convert(b, tb, opB);
    return switch (id) {
      case TINYINT, SMALLINT, INT, BIGINT -> integer(op, x, y, id);
      case DECIMAL, NUMERIC ->
          DecimalArithmetic.apply(op, Numbers.toBigDecimal(x), Numbers.toBigDecimal(y), rt);
      case MONEY, SMALLMONEY ->
          DecimalArithmetic.money(op, Numbers.toBigDecimal(x), Numbers.toBigDecimal(y), id);
      case FLOAT -> approximate(op, Numbers.toDouble(x), Numbers.toDouble(y), TypeId.FLOAT);
      case REAL ->
          (float)
              approximate(
                  op, (float) Numbers.toDouble(x), (float) Numbers.toDouble(y), TypeId.REAL);
      default -> throw ValueErrors.invalidOperand(id, ArithmeticTypes.operatorName(op));
    };
  }

  private static Object integer(char op, Object x, Object y, TypeId id) {
    long a = ((Number) x).longValue();
    long b = ((Number) y).longValue();
    long r;
    try {
      r =
          switch (op) {
            case '+' -> Math.addExact(a, b);
            case '-' -> Math.subtractExact(a, b);
            case '*' -> Math.multiplyExact(a, b);
            case '/' -> {
              if (b == 0) {
                throw ValueErrors.divideByZero();
              }
              yield Math.divideExact(a, b);
            }
            case '%' -> {
              if (b == 0) {
                throw ValueErrors.divideByZero();
              }
              // SQL Server forms the quotient for % too: the type's minimum % -1 overflows.
              if (b == -1 && (a == Long.MIN_VALUE || !ToInteger.inRange(-a, id))) {
                throw ValueErrors.arithmeticOverflow(id);
              }
              yield a % b;
            }
            default -> throw new IllegalArgumentException("operator " + op);
          };
    } catch (ArithmeticException e) {
      throw ValueErrors.arithmeticOverflow(id);
    }
    if (!ToInteger.inRange(r, id)) {
      throw ValueErrors.arithmeticOverflow(id);
    }
    return ToInteger.box(r, id);
  }

  private static double approximate(char op, double a, double b, TypeId id) {
    double r =
        switch (op) {
          case '+' -> a + b;
          case '-' -> a - b;
          case '*' -> a * b;
          case '/' -> {
            if (b == 0) {
              throw ValueErrors.divideByZero();
            }
            yield a / b;
          }
          default -> throw ValueErrors.invalidOperand(id, ArithmeticTypes.operatorName(op));
        };
    if (Double.isInfinite(r)
        || Double.isNaN(r)
        || (id == TypeId.REAL && Float.isInfinite((float) r))) {
      throw ValueErrors.arithmeticOverflow(id);
    }
    return r;
  }

  private static Object bitwise(char op, Object a, SqlType ta, Object b, SqlType tb, SqlType rt) {
    if (rt.id() == TypeId.BIT) {
      boolean x = (Boolean) a;
      boolean y = (Boolean) b;
      return switch (op) {
        case '&' -> x & y;
        case '|' -> x | y;
        default -> x ^ y;
      };
    }
    long x = ((Number) Conversions.convert(a, ta, rt)).longValue();
    long y = ((Number) Conversions.convert(b, tb, rt)).longValue();
    long r =
        switch (op) {
          case '&' -> x & y;
          case '|' -> x | y;
          default -> x ^ y;
        };
    return ToInteger.box(r, rt.id());
  }

  /** Unary minus: same type; the most negative int has no positive (8115). */
  public static Object negate(Object v, SqlType t) {
    TypeId id = t.id();
    if (!SqlTypes.isNumeric(id) || id == TypeId.BIT) {
      throw ValueErrors.invalidOperand(id, "minus");
    }
    if (v == null) {
      return null;
    }
    return switch (v) {
      case Integer i -> {
        long r = -(long) i;
        if (!ToInteger.inRange(r, id)) {
          throw ValueErrors.arithmeticOverflow(id);
        }
        yield (int) r;
      }
      case Long l -> {
        if (l == Long.MIN_VALUE) {
          throw ValueErrors.arithmeticOverflow(id);
        }
        yield -l;
      }
      case BigDecimal d -> d.negate();
      case Double d -> -d;
      case Float f -> -f;
      default -> throw ValueErrors.invalidOperand(id, "minus");
    };
  }

  /** Unary {@code ~} on integers and bit. */
  public static Object bitwiseNot(Object v, SqlType t) {
    TypeId id = t.id();
    if (!SqlTypes.isInteger(id) && id != TypeId.BIT) {
      throw ValueErrors.invalidOperand(id, "'~'");
    }
    if (v == null) {
      return null;
    }
    return switch (v) {
      case Boolean b -> !b;
      case Long l -> ~l;
      case Integer i when id == TypeId.TINYINT -> ~i & 0xFF;
      case Integer i when id == TypeId.SMALLINT -> (int) (short) ~i;
      case Integer i -> ~i;
      default -> throw ValueErrors.invalidOperand(id, "'~'");
    };
  }
}
