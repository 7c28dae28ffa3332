package dev.quern.engine.sys;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.catalog.value.VectorValue;

/**
 * A type's max_length as the catalog views (sys.columns, sys.parameters) and sp_help report it:
 * bytes, -1 for (max) and xml, two per character for Unicode.
 */
public final class MaxLength {
  private MaxLength() {}

  public static int of(SqlType t) {
    if (t.isMax()) {
      return -1;
    }
    if (t.id() == TypeId.VECTOR) {
      return VectorValue.byteSize(t.length());
    }
    if (t.length() > 0) {
      return SqlTypes.isUnicode(t.id()) ? t.length() * 2 : t.length();
    }
    return switch (t.id()) {
      case TINYINT, BIT -> 1;
      case SMALLINT -> 2;
      case INT, REAL, SMALLMONEY, SMALLDATETIME -> 4;
      case BIGINT, FLOAT, MONEY, DATETIME -> 8;
      case DATE -> 3;
      case UNIQUEIDENTIFIER -> 16;
      case DECIMAL, NUMERIC -> t.precision() <= 9 ? 5 : t.precision() <= 19 ? 9 : t.precision() <= 28 ? 13 : 17;
      case TIME -> t.scale() <= 2 ? 3 : t.scale() <= 4 ? 4 : 5;
      case DATETIME2 -> t.scale() <= 2 ? 6 : t.scale() <= 4 ? 7 : 8;
      case DATETIMEOFFSET -> t.scale() <= 2 ? 8 : t.scale() <= 4 ? 9 : 10;
      case SQL_VARIANT -> 8016;
      case HIERARCHYID -> 892;
      case GEOMETRY, GEOGRAPHY -> -1;
      default -> t.id() == TypeId.XML ? -1 : 16;
    };
  }
}
