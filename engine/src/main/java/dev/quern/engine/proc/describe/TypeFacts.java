package dev.quern.engine.proc.describe;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.sys.MaxLength;

/**
 * What metadata discovery reports about one type: its sys.types id, name with facets, max_length,
 * precision and scale as sys.columns and sp_describe_first_result_set give them (int has precision
 * 10, datetime 23 and scale 3 …), collation, and the TDS type and length the value travels as
 * ([MS-TDS] §2.2.5.4: the nullable INTN/BITN/FLTN/MONEYN/DATETIMN forms).
 */
record TypeFacts(
    int systemTypeId, String systemTypeName, int maxLength, int precision, int scale, String collation,
    int tdsTypeId, int tdsLength, Integer tdsCollationId, Integer tdsCollationSortId) {
  /** Quern's one collation, SQL_Latin1_General_CP1_CI_AS: LCID 0x0409, ignore case/kana/width. */
  static final String COLLATION = "SQL_Latin1_General_CP1_CI_AS";

  private static final int COLLATION_ID = 0x0409 | 0x0010_0000 | 0x0040_0000 | 0x0080_0000;
  private static final int COLLATION_SORT_ID = 52;

  static TypeFacts of(SqlType t) {
    int maxLength = MaxLength.of(t);
    boolean character = SqlTypes.isCharacter(t.id()) || t.id() == TypeId.TEXT || t.id() == TypeId.NTEXT;
    return new TypeFacts(
        SqlTypes.systemTypeId(t.id()), SqlTypes.sqlName(t), maxLength, precision(t), scale(t),
        character ? COLLATION : null, tdsType(t.id()), maxLength,
        character ? COLLATION_ID : null, character ? COLLATION_SORT_ID : null);
  }

  /** Decimal digits as sys.columns reports them; 0 for strings, binaries and the like. */
  static int precision(SqlType t) {
    return dev.quern.engine.sys.TypeFacets.precision(t);
  }

  static int scale(SqlType t) {
    return dev.quern.engine.sys.TypeFacets.scale(t);
  }

  /** The TDS data type token a column of this type is described with in COLMETADATA. */
  static int tdsType(TypeId id) {
    return switch (id) {
      case TINYINT, SMALLINT, INT, BIGINT -> 0x26; // INTN
      case BIT -> 0x68; // BITN
      case REAL, FLOAT -> 0x6D; // FLTN
      case SMALLMONEY, MONEY -> 0x6E; // MONEYN
      case SMALLDATETIME, DATETIME -> 0x6F; // DATETIMN
      case DECIMAL -> 0x6A;
      case NUMERIC -> 0x6C;
      default -> SqlTypes.systemTypeId(id); // the other types' tokens are their sys.types ids
    };
  }
}
