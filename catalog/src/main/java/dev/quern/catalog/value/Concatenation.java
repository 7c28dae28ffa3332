package dev.quern.catalog.value;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;

/**
 * {@code +} on strings and binary values. The result is as long as both operands, capped at 8000
 * bytes (4000 for nvarchar) unless an operand is (max): SQL Server silently truncates non-max
 * concatenations at the cap.
 */
final class Concatenation {
  private Concatenation() {}

  static SqlType resultType(SqlType a, SqlType b) {
    TypeId ia = a.id();
    TypeId ib = b.id();
    boolean string = ArithmeticTypes.isConcatString(ia) || ArithmeticTypes.isConcatString(ib);
    TypeId id;
    if (string) {
      boolean unicode = SqlTypes.isUnicode(ia) || SqlTypes.isUnicode(ib);
      boolean fixed = fixed(ia, ib);
      id =
          unicode
              ? (fixed ? TypeId.NCHAR : TypeId.NVARCHAR)
              : (fixed ? TypeId.CHAR : TypeId.VARCHAR);
    } else {
      id = ia == TypeId.BINARY && ib == TypeId.BINARY ? TypeId.BINARY : TypeId.VARBINARY;
    }
    if (a.isMax() || b.isMax()) {
      return SqlType.ofLength(
          id == TypeId.CHAR ? TypeId.VARCHAR : id == TypeId.NCHAR ? TypeId.NVARCHAR : id,
          SqlType.MAX);
    }
    int cap = SqlTypes.maxLength(id);
    return SqlType.ofLength(id, Math.min(cap, a.length() + b.length()));
  }

  /** char + char stays char (and nchar); anything variable makes the result variable. */
  private static boolean fixed(TypeId a, TypeId b) {
    boolean fa = a == TypeId.CHAR || a == TypeId.NCHAR;
    boolean fb = b == TypeId.CHAR || b == TypeId.NCHAR;
    return fa && fb;
  }

  static Object apply(Object a, SqlType ta, Object b, SqlType tb, SqlType rt) {
    SqlType unbounded = SqlType.ofLength(rt.id(), SqlType.MAX);
    if (SqlTypes.isBinary(rt.id())) {
      byte[] x = (byte[]) Conversions.convert(a, ta, unbounded);
      byte[] y = (byte[]) Conversions.convert(b, tb, unbounded);
      byte[] r = new byte[x.length + y.length];
      System.arraycopy(x, 0, r, 0, x.length);
      System.arraycopy(y, 0, r, x.length, y.length);
      return ToBinary.fit(r, SqlType.ofLength(TypeId.VARBINARY, rt.length()), false);
    }
    SqlType text =
        SqlType.ofLength(
            SqlTypes.isUnicode(rt.id()) ? TypeId.NVARCHAR : TypeId.VARCHAR, SqlType.MAX);
    String x = (String) Conversions.convert(a, ta, text);
    String y = (String) Conversions.convert(b, tb, text);
    String r = x + y;
    return rt.isMax() || r.length() <= rt.length() ? r : r.substring(0, rt.length());
  }
}
