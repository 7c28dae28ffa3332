package dev.quern.engine.proc.odbc;

import java.util.List;

/**
 * One row of SQLGetTypeInfo as SQL Server describes its types ("sp_datatype_info (Transact-SQL)",
 * ODBC "SQLGetTypeInfo Function"), in its ODBC 3 form: {@code dataType} is the ODBC 3 code and
 * LOCAL_TYPE_NAME equals TYPE_NAME. Nulls are the "not applicable" of the ODBC columns.
 */
record DataTypeInfo(
    String typeName,
    int dataType,
    Integer precision,
    String literalPrefix,
    String literalSuffix,
    String createParams,
    int nullable,
    int caseSensitive,
    int searchable,
    Integer unsignedAttribute,
    int money,
    Integer autoIncrement,
    Integer minimumScale,
    Integer maximumScale,
    int sqlDataType,
    Integer sqlDatetimeSub,
    Integer numPrecRadix,
    int userType) {

  // ODBC's SEARCHABLE codes.
  private static final int UNSEARCHABLE = 0;
  private static final int LIKE_ONLY = 1;
  private static final int ALL_EXCEPT_LIKE = 2;
  private static final int SEARCHABLE = 3;

  private static final String Q = "'";

  /**
   * Every type SQL Server 2019/2022 lists, ODBC 3 codes. USERTYPE is the type's systypes.usertype;
   * the identity variants are the rows ODBC uses to find auto-increment types.
   */
  static final List<DataTypeInfo> ALL = List.of(
      chars("datetimeoffset", -155, 34, "scale", 0, 7, -155, 0),
      chars("time", -154, 16, "scale", 0, 7, -154, 0),
      new DataTypeInfo("xml", -152, 0, "N'", Q, null, 1, 1, UNSEARCHABLE, null, 0, null, null,
          null, -152, null, null, 0),
      new DataTypeInfo("sql_variant", -150, 8000, null, null, null, 1, 0, ALL_EXCEPT_LIKE, null,
          0, null, 0, 0, -150, null, 10, 0),
      new DataTypeInfo("uniqueidentifier", -11, 36, Q, Q, null, 1, 0, ALL_EXCEPT_LIKE, null, 0,
          null, null, null, -11, null, null, 0),
      text("ntext", -10, 1073741823, "N'", 0),
      text("nvarchar", -9, 4000, "N'", "max length", 1, SEARCHABLE, 0),
      new DataTypeInfo("sysname", -9, 128, "N'", Q, null, 0, 1, SEARCHABLE, null, 0, null, null,
          null, -9, null, null, 18),
      text("nchar", -8, 4000, "N'", "length", 1, SEARCHABLE, 0),
      new DataTypeInfo("bit", -7, 1, null, null, null, 1, 0, ALL_EXCEPT_LIKE, null, 0, null, 0, 0,
          -7, null, null, 16),
      integer("tinyint", -6, 3, 1, 5),
      integer("bigint", -5, 19, 0, 0),
      binary("image", -4, 2147483647, null, 1, UNSEARCHABLE, 20),
      binary("varbinary", -3, 8000, "max length", 1, ALL_EXCEPT_LIKE, 4),
      binary("binary", -2, 8000, "length", 1, ALL_EXCEPT_LIKE, 3),
      binary("timestamp", -2, 8, null, 0, ALL_EXCEPT_LIKE, 80),
      text("text", -1, 2147483647, Q, 19),
      text("char", 1, 8000, Q, "length", 1, SEARCHABLE, 1),
      exact("numeric", 2, "precision,scale", 0, 38, 10),
      exact("decimal", 3, "precision,scale", 0, 38, 24),
      new DataTypeInfo("money", 3, 19, "$", null, null, 1, 0, ALL_EXCEPT_LIKE, 0, 1, 0, 4, 4, 3,
          null, 10, 11),
      new DataTypeInfo("smallmoney", 3, 10, "$", null, null, 1, 0, ALL_EXCEPT_LIKE, 0, 1, 0, 4, 4,
          3, null, 10, 21),
      integer("int", 4, 10, 0, 7),
      integer("smallint", 5, 5, 0, 6),
      approximate("float", 6, 53, 8),
      approximate("real", 7, 24, 23),
      text("varchar", 12, 8000, Q, "max length", 1, SEARCHABLE, 2),
      new DataTypeInfo("date", 91, 10, Q, Q, null, 1, 0, SEARCHABLE, null, 0, null, null, 0, 9, 1,
          null, 0),
      datetime("datetime2", 27, "scale", 0, 7, 0),
      datetime("datetime", 23, null, 3, 3, 12),
      datetime("smalldatetime", 16, null, 0, 0, 22))
      .stream()
      .flatMap(t -> t.withIdentityVariant().stream())
      .toList();

  private static DataTypeInfo chars(String name, int code, int precision, String params,
      int minScale, int maxScale, int sqlType, int sub) {
    return new DataTypeInfo(name, code, precision, Q, Q, params, 1, 0, SEARCHABLE, null, 0, null,
        minScale, maxScale, sqlType, sub, null, 0);
  }

  private static DataTypeInfo text(String name, int code, int precision, String prefix,
      int userType) {
    return new DataTypeInfo(name, code, precision, prefix, Q, null, 1, 1, LIKE_ONLY, null, 0,
        null, null, null, code, null, null, userType);
  }

  private static DataTypeInfo text(String name, int code, int precision, String prefix,
      String params, int nullable, int searchable, int userType) {
    return new DataTypeInfo(name, code, precision, prefix, Q, params, nullable, 1, searchable,
        null, 0, null, null, null, code, null, null, userType);
  }

  private static DataTypeInfo binary(String name, int code, int precision, String params,
      int nullable, int searchable, int userType) {
    return new DataTypeInfo(name, code, precision, "0x", null, params, nullable, 0, searchable,
        null, 0, null, null, null, code, null, null, userType);
  }

  private static DataTypeInfo integer(String name, int code, int precision, int unsigned,
      int userType) {
    return new DataTypeInfo(name, code, precision, null, null, null, 1, 0, ALL_EXCEPT_LIKE,
        unsigned, 0, 0, 0, 0, code, null, 10, userType);
  }

  private static DataTypeInfo exact(String name, int code, String params, int minScale,
      int maxScale, int userType) {
    return new DataTypeInfo(name, code, 38, null, null, params, 1, 0, ALL_EXCEPT_LIKE, 0, 0, 0,
        minScale, maxScale, code, null, 10, userType);
  }

  private static DataTypeInfo approximate(String name, int code, int precision, int userType) {
    return new DataTypeInfo(name, code, precision, null, null, null, 1, 0, ALL_EXCEPT_LIKE, 0, 0,
        0, null, null, code, null, 2, userType);
  }

  private static DataTypeInfo datetime(String name, int precision, String params, int minScale,
      int maxScale, int userType) {
    return new DataTypeInfo(name, 93, precision, Q, Q, params, 1, 0, SEARCHABLE, null, 0, null,
        minScale, maxScale, 9, 3, null, userType);
  }

  /**
   * Integer and exact numeric types also appear as "x identity" (NOT NULL, auto-increment; the
   * decimals take only a precision and no scale).
   */
  private List<DataTypeInfo> withIdentityVariant() {
    if (autoIncrement == null || autoIncrement != 0 || money != 0 || numPrecRadix != 10) {
      return List.of(this);
    }
    boolean exact = createParams != null;
    DataTypeInfo identity = new DataTypeInfo(typeName + (exact ? "() identity" : " identity"),
        dataType, precision, null, null, exact ? "precision" : null, 0, 0, ALL_EXCEPT_LIKE,
        unsignedAttribute, 0, 1, 0, 0, sqlDataType, null, 10, userType);
    return List.of(this, identity);
  }
}
