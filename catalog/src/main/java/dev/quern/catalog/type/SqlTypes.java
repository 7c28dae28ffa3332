package dev.quern.catalog.type;

import java.util.Locale;
import java.util.Map;

/**
 * T-SQL names of types ({@code nvarchar(20)}, {@code decimal(18,4)}), parsing of type names as
 * written in DECLARE/CAST, default facets, and the type families SQL Server's rules talk about.
 */
public final class SqlTypes {
  /** Longest non-max char/varchar/binary/varbinary, in bytes. */
  public static final int MAX_BYTES = 8000;

  /** Longest non-max nchar/nvarchar, in characters. */
  public static final int MAX_NCHARS = 4000;

  /** The widest decimal precision (@@MAX_PRECISION). */
  public static final int MAX_PRECISION = 38;

  /** Fractional-seconds scale of time/datetime2/datetimeoffset when none is written. */
  public static final int DEFAULT_TIME_SCALE = 7;

  /** Length of char/varchar/binary when none is written in DECLARE or a column definition. */
  public static final int DEFAULT_DECLARE_LENGTH = 1;

  /** Length of char/varchar/binary when none is written in CAST or CONVERT. */
  public static final int DEFAULT_CAST_LENGTH = 30;

  public static final SqlType INT = SqlType.of(TypeId.INT);
  public static final SqlType BIGINT = SqlType.of(TypeId.BIGINT);
  public static final SqlType SMALLINT = SqlType.of(TypeId.SMALLINT);
  public static final SqlType TINYINT = SqlType.of(TypeId.TINYINT);
  public static final SqlType BIT = SqlType.of(TypeId.BIT);
  public static final SqlType FLOAT = SqlType.of(TypeId.FLOAT);
  public static final SqlType REAL = SqlType.of(TypeId.REAL);
  public static final SqlType MONEY = SqlType.of(TypeId.MONEY);
  public static final SqlType SMALLMONEY = SqlType.of(TypeId.SMALLMONEY);
  public static final SqlType DATE = SqlType.of(TypeId.DATE);
  public static final SqlType DATETIME = SqlType.of(TypeId.DATETIME);
  public static final SqlType SMALLDATETIME = SqlType.of(TypeId.SMALLDATETIME);
  public static final SqlType UNIQUEIDENTIFIER = SqlType.of(TypeId.UNIQUEIDENTIFIER);
  public static final SqlType SQL_VARIANT = SqlType.of(TypeId.SQL_VARIANT);
  public static final SqlType XML = SqlType.ofLength(TypeId.XML, SqlType.MAX);
  public static final SqlType HIERARCHYID = SqlType.of(TypeId.HIERARCHYID);
  public static final SqlType GEOMETRY = SqlType.of(TypeId.GEOMETRY);
  public static final SqlType GEOGRAPHY = SqlType.of(TypeId.GEOGRAPHY);

  /** SQL Server 2025's json: a document of any size, no facets (max_length -1 in sys.columns). */
  public static final SqlType JSON = SqlType.ofLength(TypeId.JSON, SqlType.MAX);

  /** json's system_type_id (= user_type_id) in sys.types. */
  public static final int JSON_TYPE_ID = 244;

  /**
   * hierarchyid's system_type_id in sys.types: SQL Server gives its CLR types 240 and tells them
   * apart by user_type_id (hierarchyid 128, geometry 129, geography 130).
   */
  public static final int CLR_TYPE_ID = 240;

  /** hierarchyid's user_type_id. */
  public static final int HIERARCHYID_USER_TYPE_ID = 128;

  /** geometry's user_type_id. */
  public static final int GEOMETRY_USER_TYPE_ID = 129;

  /** geography's user_type_id. */
  public static final int GEOGRAPHY_USER_TYPE_ID = 130;

  /**
   * vector's user_type_id: SQL Server 2025 lists vector in sys.types with varbinary's
   * system_type_id (165) and this user_type_id.
   */
  public static final int VECTOR_USER_TYPE_ID = 255;
  public static final SqlType NVARCHAR_MAX = SqlType.ofLength(TypeId.NVARCHAR, SqlType.MAX);
  public static final SqlType VARCHAR_MAX = SqlType.ofLength(TypeId.VARCHAR, SqlType.MAX);
  public static final SqlType VARBINARY_MAX = SqlType.ofLength(TypeId.VARBINARY, SqlType.MAX);

  /**
   * rowversion and its synonym timestamp: binary(8) wherever a type is written (a variable, CAST);
   * in a column definition the column is also stamped by the database (varbinary(8) if nullable).
   */
  public static final SqlType ROWVERSION = SqlType.ofLength(TypeId.BINARY, 8);

  /** The system type id catalog views give a rowversion column (SQL Server's timestamp type). */
  public static final int TIMESTAMP_TYPE_ID = 189;

  /** sysname is nvarchar(128). */
  public static final SqlType SYSNAME = SqlType.ofLength(TypeId.NVARCHAR, 128);

  private static final Map<String, TypeId> NAMES =
      Map.ofEntries(
          Map.entry("tinyint", TypeId.TINYINT),
          Map.entry("smallint", TypeId.SMALLINT),
          Map.entry("int", TypeId.INT),
          Map.entry("integer", TypeId.INT),
          Map.entry("bigint", TypeId.BIGINT),
          Map.entry("bit", TypeId.BIT),
          Map.entry("decimal", TypeId.DECIMAL),
          Map.entry("dec", TypeId.DECIMAL),
          Map.entry("numeric", TypeId.NUMERIC),
          Map.entry("smallmoney", TypeId.SMALLMONEY),
          Map.entry("money", TypeId.MONEY),
          Map.entry("real", TypeId.REAL),
          Map.entry("float", TypeId.FLOAT),
          Map.entry("double precision", TypeId.FLOAT),
          Map.entry("char", TypeId.CHAR),
          Map.entry("character", TypeId.CHAR),
          Map.entry("varchar", TypeId.VARCHAR),
          Map.entry("char varying", TypeId.VARCHAR),
          Map.entry("character varying", TypeId.VARCHAR),
          Map.entry("nchar", TypeId.NCHAR),
          Map.entry("national character", TypeId.NCHAR),
          Map.entry("national char", TypeId.NCHAR),
          Map.entry("nvarchar", TypeId.NVARCHAR),
          Map.entry("national character varying", TypeId.NVARCHAR),
          Map.entry("national char varying", TypeId.NVARCHAR),
          Map.entry("text", TypeId.TEXT),
          Map.entry("ntext", TypeId.NTEXT),
          Map.entry("national text", TypeId.NTEXT),
          Map.entry("binary", TypeId.BINARY),
          Map.entry("varbinary", TypeId.VARBINARY),
          Map.entry("binary varying", TypeId.VARBINARY),
          Map.entry("image", TypeId.IMAGE),
          Map.entry("date", TypeId.DATE),
          Map.entry("time", TypeId.TIME),
          Map.entry("datetime2", TypeId.DATETIME2),
          Map.entry("datetimeoffset", TypeId.DATETIMEOFFSET),
          Map.entry("datetime", TypeId.DATETIME),
          Map.entry("smalldatetime", TypeId.SMALLDATETIME),
          Map.entry("uniqueidentifier", TypeId.UNIQUEIDENTIFIER),
          Map.entry("xml", TypeId.XML),
          Map.entry("sql_variant", TypeId.SQL_VARIANT),
          Map.entry("hierarchyid", TypeId.HIERARCHYID),
          Map.entry("vector", TypeId.VECTOR),
          Map.entry("json", TypeId.JSON),
          Map.entry("geometry", TypeId.GEOMETRY),
          Map.entry("geography", TypeId.GEOGRAPHY));

  private SqlTypes() {}

  /** The T-SQL name of a type without facets: {@code nvarchar}, {@code sql_variant}. */
  public static String name(TypeId id) {
    return id.name().toLowerCase(Locale.ROOT);
  }

  /**
   * The T-SQL name with facets: {@code nvarchar(20)}, {@code varbinary(max)}, {@code
   * decimal(18,4)}.
   */
  public static String sqlName(SqlType t) {
    String base = name(t.id());
    return switch (t.id()) {
      case CHAR, VARCHAR, NCHAR, NVARCHAR, BINARY, VARBINARY ->
          base + "(" + (t.isMax() ? "max" : Integer.toString(t.length())) + ")";
      case DECIMAL, NUMERIC -> base + "(" + t.precision() + "," + t.scale() + ")";
      case TIME, DATETIME2, DATETIMEOFFSET -> base + "(" + t.scale() + ")";
      case VECTOR -> base + "(" + t.length() + ")";
      default -> base;
    };
  }

  /** Whether {@code name} is rowversion or timestamp (which take no facets). */
  public static boolean isRowversionName(String name) {
    String n = name.trim();
    return n.equalsIgnoreCase("rowversion") || n.equalsIgnoreCase("timestamp");
  }

  /** Looks a type name up (case-insensitive, synonyms included); null when unknown. */
  public static TypeId lookup(String name) {
    String key = name.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (key.equals("sysname")) {
      return TypeId.NVARCHAR;
    }
    return NAMES.get(key);
  }

  /**
   * Parses a type as written in DECLARE or a column definition: {@code nvarchar(max)}, {@code
   * decimal(10, 2)}, {@code datetime2(3)}, {@code varchar} (= varchar(1)).
   *
   * @throws IllegalArgumentException when the text is not a type this class knows
   */
  public static SqlType parse(String text) {
    return TypeNameParser.parse(text, DEFAULT_DECLARE_LENGTH);
  }

  /** Parses a type as written in CAST/CONVERT, where a missing length means 30. */
  public static SqlType parseForCast(String text) {
    return TypeNameParser.parse(text, DEFAULT_CAST_LENGTH);
  }

  /**
   * The type with its facets, as SQL Server fills them in when some are missing: {@code length} and
   * {@code precision}/{@code scale} may be null when not written.
   */
  public static SqlType withFacets(
      TypeId id, Integer lengthOrPrecision, Integer scale, int defaultLength) {
    return switch (id) {
      case CHAR, VARCHAR, NCHAR, NVARCHAR, BINARY, VARBINARY ->
          SqlType.ofLength(id, lengthOrPrecision == null ? defaultLength : lengthOrPrecision);
      case DECIMAL, NUMERIC ->
          new SqlType(
              id, 0, lengthOrPrecision == null ? 18 : lengthOrPrecision, scale == null ? 0 : scale);
      case TIME, DATETIME2, DATETIMEOFFSET ->
          SqlType.withScale(id, lengthOrPrecision == null ? DEFAULT_TIME_SCALE : lengthOrPrecision);
      case FLOAT ->
          lengthOrPrecision != null && lengthOrPrecision <= 24
              ? SqlType.of(TypeId.REAL)
              : SqlType.of(TypeId.FLOAT);
      case TEXT, NTEXT, IMAGE, XML -> SqlType.ofLength(id, SqlType.MAX);
      case JSON -> JSON;
      default -> SqlType.of(id);
    };
  }

  public static boolean isCharacter(TypeId id) {
    return switch (id) {
      case CHAR, VARCHAR, NCHAR, NVARCHAR, TEXT, NTEXT -> true;
      default -> false;
    };
  }

  public static boolean isUnicode(TypeId id) {
    return id == TypeId.NCHAR || id == TypeId.NVARCHAR || id == TypeId.NTEXT || id == TypeId.XML;
  }

  public static boolean isBinary(TypeId id) {
    return id == TypeId.BINARY || id == TypeId.VARBINARY || id == TypeId.IMAGE;
  }

  /** Fixed-length types that pad: char, nchar, binary. */
  public static boolean isFixedLength(TypeId id) {
    return id == TypeId.CHAR || id == TypeId.NCHAR || id == TypeId.BINARY;
  }

  /** tinyint, smallint, int, bigint. */
  public static boolean isInteger(TypeId id) {
    return switch (id) {
      case TINYINT, SMALLINT, INT, BIGINT -> true;
      default -> false;
    };
  }

  public static boolean isDecimal(TypeId id) {
    return id == TypeId.DECIMAL || id == TypeId.NUMERIC;
  }

  public static boolean isMoney(TypeId id) {
    return id == TypeId.MONEY || id == TypeId.SMALLMONEY;
  }

  public static boolean isApproximate(TypeId id) {
    return id == TypeId.FLOAT || id == TypeId.REAL;
  }

  /** Exact and approximate numerics and bit. */
  public static boolean isNumeric(TypeId id) {
    return isInteger(id) || isDecimal(id) || isMoney(id) || isApproximate(id) || id == TypeId.BIT;
  }

  /** date, time, datetime2, datetimeoffset, datetime, smalldatetime. */
  public static boolean isTemporal(TypeId id) {
    return switch (id) {
      case DATE, TIME, DATETIME2, DATETIMEOFFSET, DATETIME, SMALLDATETIME -> true;
      default -> false;
    };
  }

  /**
   * Types that carry a date part with a time of day (datetime2, datetimeoffset, datetime,
   * smalldatetime).
   */
  public static boolean isDateTime(TypeId id) {
    return switch (id) {
      case DATETIME2, DATETIMEOFFSET, DATETIME, SMALLDATETIME -> true;
      default -> false;
    };
  }

  /** The precision and scale an exact numeric has when seen as a decimal (int → (10,0)). */
  public static SqlType asDecimal(SqlType t) {
    return switch (t.id()) {
      case BIT -> SqlType.decimal(1, 0);
      case TINYINT -> SqlType.decimal(3, 0);
      case SMALLINT -> SqlType.decimal(5, 0);
      case INT -> SqlType.decimal(10, 0);
      case BIGINT -> SqlType.decimal(19, 0);
      case SMALLMONEY -> SqlType.decimal(10, 4);
      case MONEY -> SqlType.decimal(19, 4);
      case DECIMAL, NUMERIC -> t;
      default -> throw new IllegalArgumentException("not an exact numeric: " + t);
    };
  }

  /**
   * The system_type_id SQL Server gives the type in sys.types (int 56, nvarchar 231 …); sysname is
   * nvarchar (user_type_id 256).
   */
  public static int systemTypeId(TypeId id) {
    return switch (id) {
      case IMAGE -> 34;
      case TEXT -> 35;
      case UNIQUEIDENTIFIER -> 36;
      case DATE -> 40;
      case TIME -> 41;
      case DATETIME2 -> 42;
      case DATETIMEOFFSET -> 43;
      case TINYINT -> 48;
      case SMALLINT -> 52;
      case INT -> 56;
      case SMALLDATETIME -> 58;
      case REAL -> 59;
      case MONEY -> 60;
      case DATETIME -> 61;
      case FLOAT -> 62;
      case SQL_VARIANT -> 98;
      case NTEXT -> 99;
      case BIT -> 104;
      case DECIMAL -> 106;
      case NUMERIC -> 108;
      case SMALLMONEY -> 122;
      case BIGINT -> 127;
      case VARBINARY -> 165;
      case VARCHAR -> 167;
      case BINARY -> 173;
      case CHAR -> 175;
      case NVARCHAR -> 231;
      case NCHAR -> 239;
      case XML -> 241;
      case HIERARCHYID, GEOMETRY, GEOGRAPHY -> CLR_TYPE_ID;
      case VECTOR -> 165;
      case JSON -> JSON_TYPE_ID;
    };
  }

  /**
   * The user_type_id SQL Server gives the type: its system_type_id, except for the CLR types that
   * share 240 (hierarchyid 128) and vector (255, sharing varbinary's 165).
   */
  public static int userTypeId(TypeId id) {
    return switch (id) {
      case HIERARCHYID -> HIERARCHYID_USER_TYPE_ID;
      case GEOMETRY -> GEOMETRY_USER_TYPE_ID;
      case GEOGRAPHY -> GEOGRAPHY_USER_TYPE_ID;
      case VECTOR -> VECTOR_USER_TYPE_ID;
      default -> systemTypeId(id);
    };
  }

  /** The system type with this user_type_id (hierarchyid 128, not 240); null when there is none. */
  public static TypeId byUserTypeId(int userTypeId) {
    for (TypeId id : TypeId.values()) {
      if (userTypeId(id) == userTypeId) {
        return id;
      }
    }
    return null;
  }

  /** The type with this system_type_id; null when there is none. */
  public static TypeId bySystemTypeId(int systemTypeId) {
    for (TypeId id : TypeId.values()) {
      if (systemTypeId(id) == systemTypeId) {
        return id;
      }
    }
    return null;
  }

  /** The longest a non-max string or binary of this type may be declared. */
  public static int maxLength(TypeId id) {
    return isUnicode(id) ? MAX_NCHARS : MAX_BYTES;
  }

  /** Bytes a value of a fixed-size type occupies (DATALENGTH); -1 for variable-size types. */
  public static int fixedByteSize(SqlType t) {
    return switch (t.id()) {
      case TINYINT, BIT -> 1;
      case SMALLINT -> 2;
      case INT, REAL, SMALLMONEY, SMALLDATETIME -> 4;
      case BIGINT, FLOAT, MONEY, DATETIME -> 8;
      case DECIMAL, NUMERIC -> decimalStorage(t.precision());
      case DATE -> 3;
      case TIME -> timeStorage(t.scale());
      case DATETIME2 -> timeStorage(t.scale()) + 3;
      case DATETIMEOFFSET -> timeStorage(t.scale()) + 5;
      case UNIQUEIDENTIFIER -> 16;
      default -> -1;
    };
  }

  private static int decimalStorage(int precision) {
    if (precision <= 9) {
      return 5;
    }
    if (precision <= 19) {
      return 9;
    }
    return precision <= 28 ? 13 : 17;
  }

  private static int timeStorage(int scale) {
    if (scale <= 2) {
      return 3;
    }
    return scale <= 4 ? 4 : 5;
  }
}
