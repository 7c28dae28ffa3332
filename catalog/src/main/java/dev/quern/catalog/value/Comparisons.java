package dev.quern.catalog.value;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Comparison of two non-null values after converting both to their higher-precedence type (an
 * implicit conversion: 245 for {@code 'abc' = 1}, 206 for {@code date = int}). Strings compare
 * under the default collation, binary values as if padded with 0x00.
 */
public final class Comparisons {
  private Comparisons() {}

  /** Negative, zero or positive; both values must be non-null. */
  public static int compare(Object a, SqlType ta, Object b, SqlType tb) {
    if (a instanceof SqlVariant va && b instanceof SqlVariant vb) {
      return compareVariants(va, vb);
    }
    if (a instanceof SqlVariant va) {
      return compare(va.value(), va.baseType(), b, tb);
    }
    if (b instanceof SqlVariant vb) {
      return compare(a, ta, vb.value(), vb.baseType());
    }
    if (isNumber(ta) && isNumber(tb)) {
      return compareNumbers(a, b);
    }
    SqlType common = TypePrecedence.resultType(ta, tb);
    Object x = ta.id() == common.id() ? a : Conversions.convertImplicitly(a, ta, widen(common));
    Object y = tb.id() == common.id() ? b : Conversions.convertImplicitly(b, tb, widen(common));
    return compareSame(x, y, common.id());
  }

  /**
   * As {@link #compare(Object, SqlType, Object, SqlType)}, strings under {@code collation} (null:
   * the default).
   */
  public static int compare(Object a, SqlType ta, Object b, SqlType tb, Collation collation) {
    if (collation == null || collation.isDefault()) {
      return compare(a, ta, b, tb);
    }
    if (a instanceof String x && b instanceof String y) {
      return collation.compare(x, y, SqlTypes.isUnicode(ta.id()) || SqlTypes.isUnicode(tb.id()));
    }
    if (SqlTypes.isCharacter(ta.id()) && SqlTypes.isCharacter(tb.id())) {
      return compare(a, ta, b, tb);
    }
    SqlType common = TypePrecedence.resultType(ta, tb);
    if (!SqlTypes.isCharacter(common.id()) || a instanceof SqlVariant || b instanceof SqlVariant) {
      return compare(a, ta, b, tb);
    }
    Object x = Conversions.convertImplicitly(a, ta, widen(common));
    Object y = Conversions.convertImplicitly(b, tb, widen(common));
    return collation.compare((String) x, (String) y, SqlTypes.isUnicode(common.id()));
  }

  public static boolean equal(Object a, SqlType ta, Object b, SqlType tb) {
    return compare(a, ta, b, tb) == 0;
  }

  /** Compares two values of the same type. */
  public static int compareSame(Object x, Object y, TypeId id) {
    return switch (x) {
      case String s -> Collations.compare(s, (String) y);
      case BigDecimal d -> d.compareTo(Numbers.toBigDecimal(y));
      case Integer i -> Long.compare(i, ((Number) y).longValue());
      case Long l -> Long.compare(l, ((Number) y).longValue());
      case Double d -> compareDoubles(d, Numbers.toDouble(y));
      case Float f -> compareDoubles(f, Numbers.toDouble(y));
      case Boolean bit -> Boolean.compare(bit, (Boolean) y);
      case byte[] bytes -> compareBinary(bytes, (byte[]) y);
      case UUID u -> Guids.compare(u, (UUID) y);
      case LocalDateTime t when id == TypeId.DATETIME || id == TypeId.SMALLDATETIME ->
          DateTimeValues.roundToDatetime(t)
              .compareTo(DateTimeValues.roundToDatetime((LocalDateTime) y));
      case LocalDateTime t -> t.compareTo((LocalDateTime) y);
      case LocalDate d -> d.compareTo((LocalDate) y);
      case LocalTime t -> t.compareTo((LocalTime) y);
      case OffsetDateTime o -> o.toInstant().compareTo(((OffsetDateTime) y).toInstant());
      default -> throw ValueErrors.operandClash(id, id);
    };
  }

  /** -0.0 equals 0.0 (SQL Server has no negative zero). */
  private static int compareDoubles(double x, double y) {
    return x < y ? -1 : (x > y ? 1 : 0);
  }

  private static boolean isNumber(SqlType t) {
    return SqlTypes.isNumeric(t.id());
  }

  /**
   * Numbers compare by value without converting to a common decimal type (which could overflow at
   * precision 38): exactly when both are exact, as doubles when either is float or real.
   */
  private static int compareNumbers(Object a, Object b) {
    boolean approximate =
        a instanceof Double || a instanceof Float || b instanceof Double || b instanceof Float;
    if (approximate) {
      return compareDoubles(Numbers.toDouble(a), Numbers.toDouble(b));
    }
    return Numbers.toBigDecimal(a).compareTo(Numbers.toBigDecimal(b));
  }

  /** Converting for comparison must not cut: compare at the widest form of the common type. */
  private static SqlType widen(SqlType common) {
    TypeId id = common.id();
    if (SqlTypes.isCharacter(id) || SqlTypes.isBinary(id)) {
      return SqlType.ofLength(id, SqlType.MAX);
    }
    if (id == TypeId.TIME || id == TypeId.DATETIME2 || id == TypeId.DATETIMEOFFSET) {
      return SqlType.withScale(id, SqlTypes.DEFAULT_TIME_SCALE);
    }
    return common;
  }

  /** Binary values compare byte by byte, unsigned, the shorter padded with zeros. */
  static int compareBinary(byte[] a, byte[] b) {
    int n = Math.max(a.length, b.length);
    for (int i = 0; i < n; i++) {
      int x = i < a.length ? a[i] & 0xFF : 0;
      int y = i < b.length ? b[i] & 0xFF : 0;
      if (x != y) {
        return Integer.compare(x, y);
      }
    }
    return 0;
  }

  /** sql_variant: values of different type families order by family, like SQL Server. */
  private static int compareVariants(SqlVariant a, SqlVariant b) {
    int fa = variantFamily(a.baseType().id());
    int fb = variantFamily(b.baseType().id());
    if (fa != fb) {
      return Integer.compare(fa, fb);
    }
    return compare(a.value(), a.baseType(), b.value(), b.baseType());
  }

  /** Family order of "sql_variant (Transact-SQL)", lowest first. */
  private static int variantFamily(TypeId id) {
    if (id == TypeId.UNIQUEIDENTIFIER) {
      return 1;
    }
    if (SqlTypes.isBinary(id)) {
      return 2;
    }
    if (SqlTypes.isCharacter(id)) {
      return SqlTypes.isUnicode(id) ? 4 : 3;
    }
    if (id == TypeId.BIT
        || SqlTypes.isInteger(id)
        || SqlTypes.isDecimal(id)
        || SqlTypes.isMoney(id)) {
      return 5;
    }
    if (SqlTypes.isApproximate(id)) {
      return 6;
    }
    return 7;
  }
}
