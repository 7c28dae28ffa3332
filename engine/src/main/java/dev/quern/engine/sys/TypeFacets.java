package dev.quern.engine.sys;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;

/**
 * A type's precision and scale as SQL Server's catalog views report them (sys.parameters, the
 * INFORMATION_SCHEMA views): the digits of a number type (int 10, float 53, money 19), the
 * characters a date/time type prints as (datetime 23, datetime2(7) 27) and its fractional digits
 * as scale; 0 for the others. The radix is 2 for the binary floats, 10 for exact numbers.
 */
public final class TypeFacets {
  private TypeFacets() {}

  public static int precision(SqlType t) {
    return switch (t.id()) {
      case TINYINT -> 3;
      case SMALLINT -> 5;
      case INT -> 10;
      case BIGINT -> 19;
      case BIT -> 1;
      case REAL -> 24;
      case FLOAT -> 53;
      case MONEY -> 19;
      case SMALLMONEY -> 10;
      case DECIMAL, NUMERIC -> t.precision();
      case DATETIME -> 23;
      case SMALLDATETIME -> 16;
      case DATE -> 10;
      case TIME -> t.scale() == 0 ? 8 : 9 + t.scale();
      case DATETIME2 -> t.scale() == 0 ? 19 : 20 + t.scale();
      case DATETIMEOFFSET -> t.scale() == 0 ? 26 : 27 + t.scale();
      default -> 0;
    };
  }

  public static int scale(SqlType t) {
    return switch (t.id()) {
      case MONEY, SMALLMONEY -> 4;
      case DATETIME -> 3;
      case DECIMAL, NUMERIC, TIME, DATETIME2, DATETIMEOFFSET -> t.scale();
      default -> 0;
    };
  }

  static boolean hasLength(SqlType t) {
    return switch (t.id()) {
      case CHAR, VARCHAR, NCHAR, NVARCHAR, BINARY, VARBINARY, TEXT, NTEXT, IMAGE, XML, VECTOR -> true;
      default -> false;
    };
  }

  /** Characters (bytes for binary types); -1 for (max) and xml; text/ntext/image as SQL Server. */
  static int characterLength(SqlType t) {
    return switch (t.id()) {
      case TEXT, IMAGE -> Integer.MAX_VALUE;
      case NTEXT -> Integer.MAX_VALUE / 2;
      case XML -> -1;
      case VECTOR -> dev.quern.catalog.value.VectorValue.byteSize(t.length()); // bytes, as SQL Server 2025
      default -> t.isMax() ? -1 : t.length();
    };
  }

  /** Bytes. */
  static int octetLength(SqlType t) {
    int chars = characterLength(t);
    if (chars == -1 || t.id() == TypeId.NTEXT) {
      return t.id() == TypeId.NTEXT ? Integer.MAX_VALUE - 1 : -1;
    }
    return SqlTypes.isUnicode(t.id()) ? chars * 2 : chars;
  }
}
