package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.value.Collations;
import dev.quern.catalog.value.SqlVariant;
import dev.quern.catalog.value.VectorValue;
import java.nio.charset.Charset;
import java.util.List;

/**
 * LEN (characters, trailing spaces excluded) and DATALENGTH (bytes); bigint for (max) arguments.
 */
final class LengthFunctions {
  private static final Charset CP1252 = Charset.forName("windows-1252");

  private LengthFunctions() {}

  static List<ScalarFunction> all() {
    return List.of(new Len(), new DataLength());
  }

  private static SqlType lengthType(SqlType t) {
    return TextTypes.isMax(t) ? SqlTypes.BIGINT : SqlTypes.INT;
  }

  private static Object box(long n, SqlType type) {
    return type.id() == dev.quern.catalog.type.TypeId.BIGINT ? (Object) n : (Object) (int) n;
  }

  static final class Len extends BuiltinFunction {
    Len() {
      super("LEN", 1, 1);
    }

    @Override
    SqlType resultType(List<SqlType> t) {
      return lengthType(t.get(0));
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      String s = a.value(0) instanceof byte[] b ? new String(b, CP1252) : a.string(0);
      String t = Collations.stripTrailingSpaces(s);
      // Quern's collations are all non-SC: a surrogate pair is two characters, as in SUBSTRING.
      return box(t.length(), lengthType(a.type(0)));
    }
  }

  static final class DataLength extends BuiltinFunction {
    DataLength() {
      super("DATALENGTH", 1, 1);
    }

    @Override
    SqlType resultType(List<SqlType> t) {
      return lengthType(t.get(0));
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      return box(bytes(a.value(0), a.type(0)), lengthType(a.type(0)));
    }

    private static long bytes(Object v, SqlType t) {
      return switch (v) {
        case SqlVariant sv -> bytes(sv.value(), sv.baseType());
        case byte[] b -> b.length;
        case VectorValue vec -> VectorValue.byteSize(vec.dimensions());
        case String s when SqlTypes.isUnicode(t.id()) -> s.length() * 2L;
        // json's size in SQL Server is its binary format's; Quern stores and counts the UTF-8 text.
        case String s when t.id() == dev.quern.catalog.type.TypeId.JSON ->
            s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        case String s -> s.getBytes(CP1252).length;
        default -> {
          int fixed = SqlTypes.fixedByteSize(t);
          yield fixed >= 0 ? fixed : dev.quern.catalog.value.ValueFormatter.toText(v, t).length();
        }
      };
    }
  }
}
