package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import java.util.List;

/** REPLICATE and SPACE: NULL for a negative count; non-max results stop at 8000 bytes. */
final class RepeatFunctions {
  private RepeatFunctions() {}

  static List<ScalarFunction> all() {
    return List.of(new Replicate(), new Space());
  }

  static final class Replicate extends BuiltinFunction {
    Replicate() {
      super("REPLICATE", 2, 2);
    }

    @Override
    SqlType resultType(List<SqlType> t) {
      return TextTypes.widest(t.get(0));
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      long n = a.bigint(1);
      if (n < 0) {
        return null;
      }
      String s = a.string(0);
      SqlType type = resultType(List.of(a.type(0)));
      long cap = type.isMax() ? Integer.MAX_VALUE - 8 : type.length();
      long count = s.isEmpty() ? 0 : Math.min(n, (cap + s.length() - 1) / s.length());
      return TextTypes.fit(s.repeat((int) count), type);
    }
  }

  static final class Space extends BuiltinFunction {
    Space() {
      super("SPACE", 1, 1);
    }

    @Override
    SqlType resultType(List<SqlType> t) {
      return SqlType.ofLength(TypeId.VARCHAR, SqlTypes.MAX_BYTES);
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      long n = a.bigint(0);
      return n < 0 ? null : " ".repeat((int) Math.min(n, SqlTypes.MAX_BYTES));
    }
  }
}
