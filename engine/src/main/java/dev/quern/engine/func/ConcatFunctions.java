package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import java.util.List;

/**
 * CONCAT (NULL counts as empty) and CONCAT_WS (NULLs skipped with their separator). The result is
 * nvarchar when any argument is Unicode, (max) when any is (max) or the lengths add up past the
 * 8000-byte limit.
 */
final class ConcatFunctions {
  private static final int MAX_ARGS = 254;

  private ConcatFunctions() {}

  static List<ScalarFunction> all() {
    return List.of(new Concat(), new ConcatWs());
  }

  /** CONCAT_WS repeats its separator between the values: count it once per gap. */
  static SqlType separatedType(List<SqlType> types) {
    List<SqlType> widened = new java.util.ArrayList<>(types);
    for (int i = 3; i < types.size(); i++) {
      widened.add(types.getFirst());
    }
    return resultType(widened);
  }

  static SqlType resultType(List<SqlType> types) {
    boolean unicode = types.stream().anyMatch(TextTypes::unicode);
    long total = 0;
    for (SqlType t : types) {
      if (TextTypes.isMax(t)) {
        return SqlType.ofLength(unicode ? TypeId.NVARCHAR : TypeId.VARCHAR, SqlType.MAX);
      }
      SqlType text = TextTypes.sameLength(t);
      if (text.isMax()) {
        return SqlType.ofLength(unicode ? TypeId.NVARCHAR : TypeId.VARCHAR, SqlType.MAX);
      }
      total += text.length();
    }
    int limit = unicode ? SqlTypes.MAX_NCHARS : SqlTypes.MAX_BYTES;
    int length = total > limit ? SqlType.MAX : (int) Math.max(1, total);
    return SqlType.ofLength(unicode ? TypeId.NVARCHAR : TypeId.VARCHAR, length);
  }

  static final class Concat extends BuiltinFunction {
    Concat() {
      super("CONCAT", 2, MAX_ARGS);
    }

    @Override
    SqlType resultType(List<SqlType> t) {
      return ConcatFunctions.resultType(t);
    }

    @Override
    boolean nullInNullOut() {
      return false;
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      if (a.size() == 2) {
        // The common two-part CONCAT: String.concat copies both parts once into an exact-size
        // result, where a builder copies them in and then again in toString.
        return part(a, 0).concat(part(a, 1));
      }
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < a.size(); i++) {
        if (!a.isNull(i)) {
          sb.append(a.string(i));
        }
      }
      return sb.toString();
    }
  }

  /** CONCAT's NULL is the empty string. */
  private static String part(Arguments a, int i) {
    return a.isNull(i) ? "" : a.string(i);
  }

  static final class ConcatWs extends BuiltinFunction {
    ConcatWs() {
      super("CONCAT_WS", 3, MAX_ARGS);
    }

    @Override
    SqlType resultType(List<SqlType> t) {
      return ConcatFunctions.separatedType(t);
    }

    @Override
    boolean nullInNullOut() {
      return false;
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      String sep = a.isNull(0) ? "" : a.string(0);
      StringBuilder sb = new StringBuilder();
      boolean first = true;
      for (int i = 1; i < a.size(); i++) {
        if (a.isNull(i)) {
          continue;
        }
        if (!first) {
          sb.append(sep);
        }
        sb.append(a.string(i));
        first = false;
      }
      return sb.toString();
    }
  }
}
