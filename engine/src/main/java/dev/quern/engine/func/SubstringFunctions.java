package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.catalog.value.SqlValueException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** LEFT, RIGHT, SUBSTRING (strings and binary) and STUFF. */
final class SubstringFunctions {
  private SubstringFunctions() {}

  static List<ScalarFunction> all() {
    return List.of(new Left(), new Right(), new Substring(), new Stuff());
  }

  /** 536: a negative length. */
  static SqlValueException invalidLength(String function) {
    return SqlValueException.of(
        536,
        "Invalid length parameter passed to the "
            + function.toLowerCase(Locale.ROOT)
            + " function.");
  }

  /** Characters [from, to) of s, clamped to the string (0-based, may be out of range). */
  static String slice(String s, long from, long to) {
    int b = (int) Math.max(0, Math.min(s.length(), from));
    int e = (int) Math.max(b, Math.min(s.length(), to));
    return s.substring(b, e);
  }

  static final class Left extends BuiltinFunction {
    Left() {
      super("LEFT", 2, 2);
    }

    @Override
    SqlType resultType(List<SqlType> t) {
      return TextTypes.sameLength(t.get(0));
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      long n = a.bigint(1);
      if (n < 0) {
        throw invalidLength(name());
      }
      return slice(a.string(0), 0, n);
    }
  }

  static final class Right extends BuiltinFunction {
    Right() {
      super("RIGHT", 2, 2);
    }

    @Override
    SqlType resultType(List<SqlType> t) {
      return TextTypes.sameLength(t.get(0));
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      long n = a.bigint(1);
      if (n < 0) {
        throw invalidLength(name());
      }
      String s = a.string(0);
      return slice(s, s.length() - n, s.length());
    }
  }

  /**
   * SUBSTRING(expr, start [, length]): 1-based; a start before 1 still counts toward the length
   * (SUBSTRING('abc', 0, 2) is 'a'). Binary input gives varbinary. Without a length (SQL Server
   * 2025) it runs to the end.
   */
  static final class Substring extends BuiltinFunction {
    Substring() {
      super("SUBSTRING", 2, 3);
    }

    @Override
    SqlType resultType(List<SqlType> t) {
      SqlType s = t.get(0);
      if (SqlTypes.isBinary(s.id())) {
        return SqlType.ofLength(
            TypeId.VARBINARY, s.id() == TypeId.IMAGE ? SqlType.MAX : s.length());
      }
      return TextTypes.sameLength(s);
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      long start = a.bigint(1);
      long length = a.size() == 3 ? a.bigint(2) : Long.MAX_VALUE / 2;
      if (length < 0) {
        throw invalidLength(name());
      }
      long from = start - 1;
      long to = from + length;
      if (a.value(0) instanceof byte[] b) {
        int f = (int) Math.max(0, Math.min(b.length, from));
        int e = (int) Math.max(f, Math.min(b.length, to));
        return Arrays.copyOfRange(b, f, e);
      }
      return slice(a.string(0), from, to);
    }
  }

  /**
   * STUFF(s, start, length, replacement): NULL when start is outside the string or length negative.
   */
  static final class Stuff extends BuiltinFunction {
    Stuff() {
      super("STUFF", 4, 4);
    }

    @Override
    SqlType resultType(List<SqlType> t) {
      boolean unicode = TextTypes.unicode(t.get(0)) || TextTypes.unicode(t.get(3));
      SqlType like = SqlType.ofLength(unicode ? TypeId.NVARCHAR : TypeId.VARCHAR, 1);
      return TextTypes.isMax(t.get(0))
          ? TextTypes.variable(like, SqlType.MAX)
          : TextTypes.widest(like);
    }

    @Override
    boolean nullInNullOut() {
      return false;
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      if (a.isNull(0) || a.isNull(1) || a.isNull(2)) {
        return null;
      }
      String s = a.string(0);
      long start = a.bigint(1);
      long length = a.bigint(2);
      if (start < 1 || start > s.length() || length < 0) {
        return null;
      }
      String replacement = a.isNull(3) ? "" : a.string(3);
      int b = (int) start - 1;
      int e = (int) Math.min(s.length(), b + length);
      SqlType type = resultType(List.of(a.type(0), a.type(1), a.type(2), a.type(3)));
      return TextTypes.fit(s.substring(0, b) + replacement + s.substring(e), type);
    }
  }
}
