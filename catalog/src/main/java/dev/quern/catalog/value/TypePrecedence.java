package dev.quern.catalog.value;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;

/**
 * SQL Server's data type precedence ("Data type precedence (Transact-SQL)"): when two operands of
 * different types meet, the one of lower precedence converts to the other. The facets of the result
 * combine both sides (longest string, decimal wide enough for both).
 */
public final class TypePrecedence {
  private TypePrecedence() {}

  /** The type two operands meet in (comparison, CASE, UNION, before operator-specific facets). */
  public static SqlType resultType(SqlType a, SqlType b) {
    int ra = rank(a.id());
    int rb = rank(b.id());
    SqlType high = ra >= rb ? a : b;
    SqlType low = ra >= rb ? b : a;
    TypeId id = high.id();
    if (id == TypeId.JSON && low.id() != TypeId.JSON && !SqlTypes.isCharacter(low.id())) {
      // json meets character data only: int, xml or a date with json is 206.
      throw ValueErrors.operandClash(low.id(), id);
    }
    if (SqlTypes.isDecimal(id)) {
      return SqlTypes.isDecimal(low.id())
              || SqlTypes.isInteger(low.id())
              || SqlTypes.isMoney(low.id())
              || low.id() == TypeId.BIT
          ? combineDecimal(id, high, SqlTypes.asDecimal(low))
          : high;
    }
    if (SqlTypes.isCharacter(id) && id != TypeId.TEXT && id != TypeId.NTEXT) {
      return combineString(high, low);
    }
    if (id == TypeId.BINARY || id == TypeId.VARBINARY) {
      return SqlType.ofLength(
          low.id() == TypeId.VARBINARY ? TypeId.VARBINARY : id, longer(high, low));
    }
    if (id == TypeId.TIME || id == TypeId.DATETIME2 || id == TypeId.DATETIMEOFFSET) {
      return low.id() == id ? SqlType.withScale(id, Math.max(high.scale(), low.scale())) : high;
    }
    return high;
  }

  /** decimal(p,s) holding both: the larger scale and the larger integral part, capped at 38. */
  static SqlType combineDecimal(TypeId id, SqlType a, SqlType b) {
    int scale = Math.max(a.scale(), b.scale());
    int integral = Math.max(a.precision() - a.scale(), b.precision() - b.scale());
    int precision = Math.min(SqlTypes.MAX_PRECISION, integral + scale);
    return new SqlType(id, 0, precision, Math.min(scale, precision));
  }

  private static SqlType combineString(SqlType high, SqlType low) {
    if (!SqlTypes.isCharacter(low.id()) || low.id() == TypeId.TEXT || low.id() == TypeId.NTEXT) {
      return high;
    }
    boolean fixed = SqlTypes.isFixedLength(high.id()) && SqlTypes.isFixedLength(low.id());
    boolean unicode = SqlTypes.isUnicode(high.id()) || SqlTypes.isUnicode(low.id());
    TypeId id =
        unicode ? (fixed ? TypeId.NCHAR : TypeId.NVARCHAR) : (fixed ? TypeId.CHAR : TypeId.VARCHAR);
    return SqlType.ofLength(id, longer(high, low));
  }

  private static int longer(SqlType a, SqlType b) {
    if (a.isMax() || b.isMax()) {
      return SqlType.MAX;
    }
    return Math.max(a.length(), b.length());
  }

  /** Higher rank wins; the user-defined (CLR) types are highest, then sql_variant; binary lowest. */
  public static int rank(TypeId id) {
    return switch (id) {
      // SQL Server 2025 ranks vector below the strings: COALESCE(v, '[1,2]') is a string.
      case VECTOR -> 0;
      case BINARY -> 1;
      case VARBINARY -> 2;
      case CHAR -> 3;
      case VARCHAR -> 4;
      case NCHAR -> 5;
      case NVARCHAR -> 6;
      case UNIQUEIDENTIFIER -> 7;
      case IMAGE -> 8;
      case TEXT -> 9;
      case NTEXT -> 10;
      case BIT -> 11;
      case TINYINT -> 12;
      case SMALLINT -> 13;
      case INT -> 14;
      case BIGINT -> 15;
      case SMALLMONEY -> 16;
      case MONEY -> 17;
      case DECIMAL, NUMERIC -> 18;
      case REAL -> 19;
      case FLOAT -> 20;
      case TIME -> 21;
      case DATE -> 22;
      case SMALLDATETIME -> 23;
      case DATETIME -> 24;
      case DATETIME2 -> 25;
      case DATETIMEOFFSET -> 26;
      case XML -> 27;
      case SQL_VARIANT -> 28;
      // User-defined types, the CLR ones among them, rank above every system type.
      case HIERARCHYID, GEOMETRY, GEOGRAPHY -> 29;
      // json ranks above every other type: CASE, COALESCE and UNION ALL of json and text give json.
      case JSON -> 30;
    };
  }
}
