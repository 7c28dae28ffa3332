package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.value.SqlValueException;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * A float function of float arguments: SQRT, EXP, LOG, LOG10, SIN … ATN2, PI. A NaN or infinite
 * result (SQRT(-1), LOG(0)) is error 3623 "An invalid floating point operation occurred."
 */
final class FloatFunction extends BuiltinFunction {
  private final DoubleBinaryOperator op;
  private final boolean binary;

  private FloatFunction(String name, int args, DoubleBinaryOperator op) {
    super(name, args, args);
    this.op = op;
    this.binary = args == 2;
  }

  static FloatFunction unary(String name, DoubleUnaryOperator f) {
    return new FloatFunction(name, 1, (x, unused) -> f.applyAsDouble(x));
  }

  static FloatFunction binary(String name, DoubleBinaryOperator f) {
    return new FloatFunction(name, 2, f);
  }

  static List<ScalarFunction> all() {
    return List.of(
        unary("SQRT", Math::sqrt),
        unary("SQUARE", x -> x * x),
        unary("EXP", Math::exp),
        unary("LOG10", Math::log10),
        unary("SIN", Math::sin),
        unary("COS", Math::cos),
        unary("TAN", Math::tan),
        unary("COT", x -> 1 / Math.tan(x)),
        unary("ASIN", Math::asin),
        unary("ACOS", Math::acos),
        unary("ATAN", Math::atan),
        binary("ATN2", Math::atan2),
        new FloatFunction("PI", 0, (x, y) -> Math.PI),
        new Log());
  }

  @Override
  SqlType resultType(List<SqlType> types) {
    for (int i = 0; i < types.size(); i++) {
      checkNumeric(name(), types.get(i), i + 1);
    }
    return SqlTypes.FLOAT;
  }

  /** 8116 unless the type converts to float (numbers, bit, strings). */
  static void checkNumeric(String name, SqlType t, int position) {
    if (!SqlTypes.isNumeric(t.id()) && !SqlTypes.isCharacter(t.id())) {
      throw Arity.invalidType(name, t, position);
    }
  }

  @Override
  Object call(Arguments a, FunctionContext ctx) {
    double x = a.size() > 0 ? a.dbl(0) : 0;
    double y = binary ? a.dbl(1) : 0;
    return checked(op.applyAsDouble(x, y));
  }

  static double checked(double r) {
    if (Double.isNaN(r) || Double.isInfinite(r)) {
      throw SqlValueException.of(3623, "An invalid floating point operation occurred.");
    }
    return r;
  }

  /** LOG(x [, base]). */
  private static final class Log extends BuiltinFunction {
    Log() {
      super("LOG", 1, 2);
    }

    @Override
    SqlType resultType(List<SqlType> types) {
      for (int i = 0; i < types.size(); i++) {
        checkNumeric(name(), types.get(i), i + 1);
      }
      return SqlTypes.FLOAT;
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      double x = a.dbl(0);
      if (a.size() == 1) {
        return checked(Math.log(x));
      }
      return checked(Math.log(x) / Math.log(a.dbl(1)));
    }
  }
}
