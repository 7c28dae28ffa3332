package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.catalog.value.Arithmetic;
import dev.quern.catalog.value.Conversions;
import dev.quern.catalog.value.SqlValueException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * ABS, CEILING, FLOOR, SIGN, ROUND, POWER, DEGREES, RADIANS: functions whose result has the type of
 * their argument (so POWER(2, 0.5) is the int 1 and RADIANS(180) the int 3, as in SQL Server).
 */
final class NumericFunctions {
  private NumericFunctions() {}

  static List<ScalarFunction> all() {
    return List.of(
        new SameType("ABS", NumericFunctions::abs),
        new SameType("CEILING", (v, t) -> toward(v, t, RoundingMode.CEILING)),
        new SameType("FLOOR", (v, t) -> toward(v, t, RoundingMode.FLOOR)),
        new SameType("SIGN", NumericFunctions::sign),
        new SameType("DEGREES", (v, t) -> viaDouble(v, t, Math::toDegrees)),
        new SameType("RADIANS", (v, t) -> viaDouble(v, t, Math::toRadians)),
        new Round(),
        new Power());
  }

  /**
   * The type a numeric argument keeps: strings are read as float; CEILING of decimal(p,s) is
   * decimal(p,0).
   */
  static SqlType numericType(String name, SqlType t) {
    if (SqlTypes.isCharacter(t.id())) {
      return SqlTypes.FLOAT;
    }
    if (t.id() == TypeId.BIT) {
      return SqlTypes.INT;
    }
    FloatFunction.checkNumeric(name, t, 1);
    return t;
  }

  private static Object abs(Object v, SqlType t) {
    return switch (v) {
      case Integer i when i < 0 -> Arithmetic.negate(i, t);
      case Long l when l < 0 -> Arithmetic.negate(l, t);
      case BigDecimal d -> d.abs();
      case Double d -> Math.abs(d);
      case Float f -> Math.abs(f);
      default -> v;
    };
  }

  private static Object sign(Object v, SqlType t) {
    return switch (v) {
      case Integer i -> Integer.signum(i);
      case Long l -> (long) Long.signum(l);
      case BigDecimal d -> BigDecimal.valueOf(d.signum()).setScale(d.scale());
      case Double d -> Math.signum(d);
      case Float f -> Math.signum(f);
      default -> v;
    };
  }

  private static Object toward(Object v, SqlType t, RoundingMode mode) {
    return switch (v) {
      case BigDecimal d when SqlTypes.isMoney(t.id()) -> d.setScale(0, mode).setScale(4);
      case BigDecimal d -> d.setScale(0, mode);
      case Double d -> mode == RoundingMode.CEILING ? Math.ceil(d) : Math.floor(d);
      case Float f -> (float) (mode == RoundingMode.CEILING ? Math.ceil(f) : Math.floor(f));
      default -> v;
    };
  }

  private static Object viaDouble(Object v, SqlType t, java.util.function.DoubleUnaryOperator f) {
    double r = f.applyAsDouble(((Number) v).doubleValue());
    return Conversions.convert(r, SqlTypes.FLOAT, t);
  }

  /** A one-argument function whose result has the argument's type. */
  static final class SameType extends BuiltinFunction {
    private final java.util.function.BiFunction<Object, SqlType, Object> f;

    SameType(String name, java.util.function.BiFunction<Object, SqlType, Object> f) {
      super(name, 1, 1);
      this.f = f;
    }

    @Override
    SqlType resultType(List<SqlType> t) {
      SqlType r = numericType(name(), t.get(0));
      if ((name().equals("CEILING") || name().equals("FLOOR")) && SqlTypes.isDecimal(r.id())) {
        return new SqlType(r.id(), 0, r.precision(), 0);
      }
      return r;
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      SqlType t = numericType(name(), a.type(0));
      return f.apply(a.as(0, t), t);
    }
  }

  /**
   * ROUND(n, length [, function]): half away from zero to {@code length} places (negative rounds
   * left of the point); a non-zero function truncates. The type stays (ROUND(9.99, 1) overflows
   * numeric(3,2): 8115).
   */
  static final class Round extends BuiltinFunction {
    Round() {
      super("ROUND", 2, 3);
    }

    @Override
    SqlType resultType(List<SqlType> t) {
      return numericType(name(), t.get(0));
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      SqlType t = numericType(name(), a.type(0));
      int places = a.integer(1);
      boolean truncate = a.size() == 3 && a.integer(2) != 0;
      RoundingMode mode = truncate ? RoundingMode.DOWN : RoundingMode.HALF_UP;
      Object v = a.as(0, t);
      if (v instanceof Double || v instanceof Float) {
        double d = ((Number) v).doubleValue();
        BigDecimal r = new BigDecimal(Double.toString(d)).setScale(places, mode);
        return Conversions.convert(r.doubleValue(), SqlTypes.FLOAT, t);
      }
      BigDecimal d = v instanceof BigDecimal b ? b : BigDecimal.valueOf(((Number) v).longValue());
      BigDecimal r = d.setScale(places, mode);
      try {
        return Conversions.convert(r, SqlType.decimal(38, Math.max(0, r.scale())), t);
      } catch (SqlValueException e) {
        // Rounding up past the type's precision (ROUND(9.99, 1) in numeric(3,2)).
        throw SqlValueException.of(
            8115,
            "Arithmetic overflow error converting expression to data type "
                + SqlTypes.name(t.id())
                + ".");
      }
    }
  }

  /** POWER(x, y): the type of x (decimal keeps its scale, widened to precision 38). */
  static final class Power extends BuiltinFunction {
    Power() {
      super("POWER", 2, 2);
    }

    @Override
    SqlType resultType(List<SqlType> t) {
      SqlType x = numericType(name(), t.get(0));
      FloatFunction.checkNumeric(name(), t.get(1), 2);
      if (SqlTypes.isDecimal(x.id())) {
        return new SqlType(x.id(), 0, SqlTypes.MAX_PRECISION, x.scale());
      }
      if (x.id() == TypeId.TINYINT || x.id() == TypeId.SMALLINT) {
        return SqlTypes.INT;
      }
      return x;
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      SqlType t = resultType(List.of(a.type(0), a.type(1)));
      double r = FloatFunction.checked(Math.pow(a.dbl(0), a.dbl(1)));
      return Conversions.convert(r, SqlTypes.FLOAT, t);
    }
  }
}
