package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.value.Conversions;
import dev.quern.catalog.value.SqlValueException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * ISDATE and ISNUMERIC: 1 when the value converts (to datetime; to any numeric type), else 0 —
 * including SQL Server's quirks ({@code ISNUMERIC('$')}, {@code ISNUMERIC('1e5')} and {@code
 * ISNUMERIC('1,000')} are 1). NULL gives 0.
 */
final class TypeTestFunctions {
  /** What int, float, money or decimal accept: signs, currency symbols, commas, exponents, 'd'. */
  private static final Pattern NUMERIC =
      Pattern.compile("[$€£¥]?[+-]?[$€£¥]?(\\d[\\d,]*\\.?\\d*|\\.\\d+|\\.)?([eEdD][+-]?\\d+)?");

  private TypeTestFunctions() {}

  static List<ScalarFunction> all() {
    return List.of(new IsDate(), new IsNumeric());
  }

  static final class IsDate extends BuiltinFunction {
    IsDate() {
      super("ISDATE", 1, 1);
    }

    @Override
    SqlType resultType(List<SqlType> t) {
      return SqlTypes.INT;
    }

    @Override
    boolean nullInNullOut() {
      return false;
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      if (a.isNull(0)) {
        return 0;
      }
      SqlType t = a.type(0);
      if (SqlTypes.isTemporal(t.id())) {
        return 1;
      }
      if (!SqlTypes.isCharacter(t.id())) {
        return 0;
      }
      try {
        Conversions.convert(a.value(0), t, SqlTypes.DATETIME);
        return 1;
      } catch (SqlValueException e) {
        return 0;
      }
    }
  }

  static final class IsNumeric extends BuiltinFunction {
    IsNumeric() {
      super("ISNUMERIC", 1, 1);
    }

    @Override
    SqlType resultType(List<SqlType> t) {
      return SqlTypes.INT;
    }

    @Override
    boolean nullInNullOut() {
      return false;
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      if (a.isNull(0)) {
        return 0;
      }
      SqlType t = a.type(0);
      if (SqlTypes.isNumeric(t.id())) {
        return 1;
      }
      if (!SqlTypes.isCharacter(t.id())) {
        return 0;
      }
      String s = a.string(0).strip();
      boolean digitsOrSymbol = !s.isEmpty() && !s.matches("[+-]?[eEdD].*");
      return digitsOrSymbol && NUMERIC.matcher(s).matches() ? 1 : 0;
    }
  }
}
