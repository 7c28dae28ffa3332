package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.value.Comparisons;
import dev.quern.catalog.value.Conversions;
import dev.quern.catalog.value.TypePrecedence;
import java.util.List;

/** ISNULL, COALESCE and NULLIF. */
final class NullFunctions {
  private NullFunctions() {}

  static List<ScalarFunction> all() {
    return List.of(new IsNull(), new Coalesce(), new NullIf());
  }

  /**
   * ISNULL(a, b): the type of a; b is converted to it (and cut to its length, as SQL Server does).
   */
  static final class IsNull extends BuiltinFunction {
    IsNull() {
      super("ISNULL", 2, 2);
    }

    @Override
    SqlType resultType(List<SqlType> t) {
      return t.get(0);
    }

    @Override
    boolean nullInNullOut() {
      return false;
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      if (!a.isNull(0)) {
        return a.value(0);
      }
      return a.isNull(1) ? null : Conversions.convertImplicitly(a.value(1), a.type(1), a.type(0));
    }
  }

  /** COALESCE(a, b, …): the first non-NULL, in the highest-precedence type of all arguments. */
  static final class Coalesce extends BuiltinFunction {
    Coalesce() {
      super("COALESCE", 2, 0xFFFF);
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
      SqlType r =
          resultType(java.util.stream.IntStream.range(0, a.size()).mapToObj(a::type).toList());
      for (int i = 0; i < a.size(); i++) {
        if (!a.isNull(i)) {
          return a.as(i, r);
        }
      }
      return null;
    }
  }

  /** NULLIF(a, b): NULL when a = b, else a. */
  static final class NullIf extends BuiltinFunction {
    NullIf() {
      super("NULLIF", 2, 2);
    }

    @Override
    SqlType resultType(List<SqlType> t) {
      return t.get(0);
    }

    @Override
    boolean nullInNullOut() {
      return false;
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      if (a.isNull(0) || a.isNull(1)) {
        return a.value(0);
      }
      return Comparisons.equal(a.value(0), a.type(0), a.value(1), a.type(1)) ? null : a.value(0);
    }
  }
}
