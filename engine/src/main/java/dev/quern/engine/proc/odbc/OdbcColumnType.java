package dev.quern.engine.proc.odbc;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;

/**
 * A table column's type as SQL Server's sp_columns describes it to ODBC (SQLColumns) and JDBC
 * (getColumns): the ODBC code and type name ({@code int identity} for an identity column), the
 * column size (PRECISION: digits, characters, or the characters a date/time prints as), the
 * transfer size in bytes (LENGTH: decimal p + 2, money 21, datetime 16 …), SCALE and RADIX
 * (NULL where they do not apply), and the ODBC SQL_DATA_TYPE/SQL_DATETIME_SUB pair.
 *
 * <p>Decisions where sp_columns' output is not documented, taken from what SQL Server returns and
 * what the drivers expect of it: (max) types and xml have PRECISION, LENGTH and CHAR_OCTET_LENGTH
 * 0 (mssql-jdbc turns those zeros into Integer.MAX_VALUE); time has LENGTH 12, datetime2 16 and
 * datetimeoffset 20 (the sizes of their ODBC structures); SS_DATA_TYPE is the old TDS type code
 * (the nullable variant for a nullable column) and 0 for the types that have none (the N types,
 * the 2008 date/time types, uniqueidentifier, xml, sql_variant). ODBC 2 callers get the ODBC 2
 * date codes (9, 11); sp_columns (unlike sp_columns_100) shows date, time, datetime2 and
 * datetimeoffset as the nvarchar down-level clients receive.
 */
public record OdbcColumnType(
    int dataType,
    String typeName,
    Integer precision,
    Integer length,
    Integer scale,
    Integer radix,
    int sqlDataType,
    Integer sqlDatetimeSub,
    Integer charOctetLength,
    int ssDataType) {

  private static final int WVARCHAR = -9;

  public static OdbcColumnType of(SqlType t, boolean identity, boolean nullable, boolean odbc3, boolean knowsTypesSince2008) {
    String name = SqlTypes.name(t.id());
    DataTypeInfo info = DataTypeInfo.ALL.stream().filter(i -> i.typeName().equals(name)).findFirst().orElseThrow();
    int precision = precision(t);
    if (!knowsTypesSince2008 && isTypeSince2008(t.id())) {
      return new OdbcColumnType(WVARCHAR, name, precision, precision * 2, null, null, WVARCHAR, null, precision * 2, 0);
    }
    int code = odbc3 ? info.dataType() : odbc2(info.dataType());
    Integer octets = SqlTypes.isCharacter(t.id()) || isBinary(t.id()) ? length(t) : null;
    return new OdbcColumnType(code, identity ? name + " identity" : name, precision, length(t), scale(t),
        info.numPrecRadix(), info.sqlDataType(), info.sqlDatetimeSub(), octets, ssDataType(t.id(), nullable));
  }

  private static int odbc2(int code) {
    return switch (code) {
      case 91 -> 9;
      case 92 -> 10;
      case 93 -> 11;
      default -> code;
    };
  }

  private static boolean isTypeSince2008(TypeId id) {
    return id == TypeId.DATE || id == TypeId.TIME || id == TypeId.DATETIME2 || id == TypeId.DATETIMEOFFSET;
  }

  private static boolean isBinary(TypeId id) {
    return id == TypeId.BINARY || id == TypeId.VARBINARY || id == TypeId.IMAGE;
  }

  private static int precision(SqlType t) {
    if (t.isMax() || t.id() == TypeId.XML) {
      return 0;
    }
    return switch (t.id()) {
      case UNIQUEIDENTIFIER -> 36;
      case SQL_VARIANT -> 8000;
      case TEXT, IMAGE -> Integer.MAX_VALUE;
      case NTEXT -> Integer.MAX_VALUE / 2;
      case CHAR, VARCHAR, NCHAR, NVARCHAR, BINARY, VARBINARY -> t.length();
      default -> dev.quern.engine.sys.TypeFacets.precision(t); // numbers and dates as sys.columns gives them
    };
  }

  private static int length(SqlType t) {
    if (t.isMax() || t.id() == TypeId.XML) {
      return 0;
    }
    return switch (t.id()) {
      case TINYINT, BIT -> 1;
      case SMALLINT -> 2;
      case INT, REAL -> 4;
      case BIGINT, FLOAT -> 8;
      case MONEY -> 21;
      case SMALLMONEY -> 12;
      case DECIMAL, NUMERIC -> t.precision() + 2;
      case DATETIME, SMALLDATETIME, DATETIME2 -> 16;
      case DATE -> 6;
      case TIME -> 12;
      case DATETIMEOFFSET -> 20;
      case UNIQUEIDENTIFIER -> 16;
      case SQL_VARIANT -> 8000;
      case TEXT, IMAGE -> Integer.MAX_VALUE;
      case NTEXT -> Integer.MAX_VALUE - 1;
      case NCHAR, NVARCHAR -> t.length() * 2;
      default -> t.length();
    };
  }

  private static Integer scale(SqlType t) {
    return switch (t.id()) {
      case TINYINT, SMALLINT, INT, BIGINT, BIT, SMALLDATETIME -> 0;
      case MONEY, SMALLMONEY -> 4;
      case DATETIME -> 3;
      case DECIMAL, NUMERIC, TIME, DATETIME2, DATETIMEOFFSET -> t.scale();
      default -> null;
    };
  }

  /** The Sybase-era TDS type codes of SQL Server's spt_datatype_info (ss_dtype). */
  private static int ssDataType(TypeId id, boolean nullable) {
    return switch (id) {
      case BIT -> 50;
      case TINYINT -> nullable ? 38 : 48;
      case SMALLINT -> nullable ? 38 : 52;
      case INT -> nullable ? 38 : 56;
      case BIGINT -> nullable ? 38 : 127;
      case REAL -> nullable ? 109 : 59;
      case FLOAT -> nullable ? 109 : 62;
      case MONEY -> nullable ? 110 : 60;
      case SMALLMONEY -> nullable ? 110 : 122;
      case DATETIME -> nullable ? 111 : 61;
      case SMALLDATETIME -> nullable ? 111 : 58;
      case DECIMAL -> nullable ? 106 : 55;
      case NUMERIC -> nullable ? 108 : 63;
      case CHAR -> 47;
      case VARCHAR -> 39;
      case BINARY -> 45;
      case VARBINARY -> 37;
      case TEXT -> 35;
      case IMAGE -> 34;
      default -> 0;
    };
  }
}
