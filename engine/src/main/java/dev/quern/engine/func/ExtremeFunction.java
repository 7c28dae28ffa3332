package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.value.Comparisons;
import dev.quern.catalog.value.TypePrecedence;
import java.util.List;
import java.util.stream.IntStream;

/**
 * GREATEST and LEAST (SQL Server 2022): the largest or smallest non-NULL argument, in the
 * highest-precedence type of all arguments; NULL only when every argument is NULL.
 */
final class ExtremeFunction extends BuiltinFunction {
  private static final int MAX_ARGS = 254;
  private final int sign;

  private ExtremeFunction(String name, int sign) {
    super(name, 1, MAX_ARGS);
    this.sign = sign;
  }

  static List<ScalarFunction> all() {
    return List.of(new ExtremeFunction("GREATEST", 1), new ExtremeFunction("LEAST", -1));
  }

  @Override
  SqlType resultType(List<SqlType> t) {
    SqlType r = t.get(0);
    for (int i = 1; i < t.size(); i++) {
      r = TypePrecedence.resultType(r, t.get(i));
    }
    return r;
  }

  @Override
  boolean nullInNullOut() {
    return false;
  }

  @Override
  Object call(Arguments a, FunctionContext ctx) {
    SqlType type = resultType(IntStream.range(0, a.size()).mapToObj(a::type).toList());
    Object best = null;
    for (int i = 0; i < a.size(); i++) {
      if (a.isNull(i)) {
        continue;
      }
      Object v = a.as(i, type);
      if (best == null || sign * Comparisons.compare(v, type, best, type) > 0) {
        best = v;
      }
    }
    return best;
  }
}
