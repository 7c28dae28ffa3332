package dev.quern.engine.statistics;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;

/**
 * The length in bytes SQL Server counts for a key value in a density vector's Average Length: the
 * storage size of a fixed-size type, the bytes of a variable one (two per character of a Unicode
 * string), 0 for NULL.
 */
final class KeyLengths {
  private KeyLengths() {}

  static int of(Object v, SqlType type) {
    if (v == null) {
      return 0;
    }
    TypeId id = type.id();
    if (SqlTypes.isCharacter(id)) {
      int chars = SqlTypes.isFixedLength(id) ? type.length() : ((String) v).length();
      return SqlTypes.isUnicode(id) ? 2 * chars : chars;
    }
    if (v instanceof byte[] b) {
      return SqlTypes.isFixedLength(id) ? type.length() : b.length;
    }
    return switch (id) {
      case TINYINT, BIT -> 1;
      case SMALLINT -> 2;
      case INT, REAL, SMALLMONEY, SMALLDATETIME -> 4;
      case BIGINT, FLOAT, MONEY, DATETIME -> 8;
      case DECIMAL, NUMERIC -> type.precision() <= 9 ? 5 : type.precision() <= 19 ? 9 : type.precision() <= 28 ? 13 : 17;
      case DATE -> 3;
      case TIME -> type.scale() <= 2 ? 3 : type.scale() <= 4 ? 4 : 5;
      case DATETIME2 -> type.scale() <= 2 ? 6 : type.scale() <= 4 ? 7 : 8;
      case DATETIMEOFFSET -> type.scale() <= 2 ? 8 : type.scale() <= 4 ? 9 : 10;
      case UNIQUEIDENTIFIER -> 16;
      default -> String.valueOf(v).length();
    };
  }
}
