package dev.quern.engine.bulk;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import java.util.Map;

/**
 * The SQL types an XML format file's {@code <COLUMN xsi:type="…">} names ("XML Format Files (SQL
 * Server)", the xsi:type values of COLUMN): the type OPENROWSET(BULK …) gives the column, with
 * LENGTH, PRECISION and SCALE where the type takes them.
 */
final class BulkColumnTypes {
  private static final Map<String, SqlType> FIXED = Map.ofEntries(
      Map.entry("SQLBIT", SqlTypes.BIT), Map.entry("SQLTINYINT", SqlTypes.TINYINT),
      Map.entry("SQLSMALLINT", SqlTypes.SMALLINT), Map.entry("SQLINT", SqlTypes.INT),
      Map.entry("SQLBIGINT", SqlTypes.BIGINT), Map.entry("SQLFLT4", SqlTypes.REAL), Map.entry("SQLFLT8", SqlTypes.FLOAT),
      Map.entry("SQLMONEY", SqlTypes.MONEY), Map.entry("SQLMONEY4", SqlTypes.SMALLMONEY),
      Map.entry("SQLUNIQUEID", SqlTypes.UNIQUEIDENTIFIER), Map.entry("SQLDATETIME", SqlTypes.DATETIME),
      Map.entry("SQLDATETIM4", SqlTypes.SMALLDATETIME), Map.entry("SQLDATE", SqlTypes.DATE),
      Map.entry("SQLVARIANT", SqlTypes.SQL_VARIANT), Map.entry("SQLXML", SqlTypes.XML),
      Map.entry("SQLTEXT", SqlTypes.VARCHAR_MAX), Map.entry("SQLNTEXT", SqlTypes.NVARCHAR_MAX),
      Map.entry("SQLIMAGE", SqlTypes.VARBINARY_MAX));
  private static final Map<String, TypeId> SIZED = Map.of(
      "SQLCHAR", TypeId.CHAR, "SQLVARYCHAR", TypeId.VARCHAR, "SQLNCHAR", TypeId.NCHAR, "SQLNVARCHAR", TypeId.NVARCHAR,
      "SQLBINARY", TypeId.BINARY, "SQLVARYBIN", TypeId.VARBINARY);
  private static final Map<String, TypeId> SCALED =
      Map.of("SQLTIME", TypeId.TIME, "SQLDATETIME2", TypeId.DATETIME2, "SQLDATETIMEOFFSET", TypeId.DATETIMEOFFSET);

  private BulkColumnTypes() {}

  /** The type {@code xsiType} names, with the COLUMN's {@code facets}; null when it names none. */
  static SqlType of(String xsiType, Facets facets) {
    SqlType fixed = FIXED.get(xsiType);
    if (fixed != null) {
      return fixed;
    }
    TypeId sized = SIZED.get(xsiType);
    if (sized != null) {
      int length = facets.length();
      boolean variable = sized == TypeId.VARCHAR || sized == TypeId.NVARCHAR || sized == TypeId.VARBINARY;
      // A char type without LENGTH reads as its variable max type: there is no char(max).
      TypeId id = length > 0 || variable ? sized : sized == TypeId.NCHAR ? TypeId.NVARCHAR
          : sized == TypeId.CHAR ? TypeId.VARCHAR : TypeId.VARBINARY;
      return SqlType.ofLength(id, length > 0 ? length : SqlType.MAX);
    }
    if (xsiType.equals("SQLDECIMAL") || xsiType.equals("SQLNUMERIC")) {
      int precision = facets.precision();
      return SqlType.decimal(precision > 0 ? precision : 18, Math.max(facets.scale(), 0));
    }
    TypeId scaled = SCALED.get(xsiType);
    return scaled == null ? null : SqlType.withScale(scaled, facets.scale() >= 0 ? facets.scale() : 7);
  }

  /** A COLUMN's LENGTH, PRECISION and SCALE, -1 for those it does not give. */
  record Facets(int length, int precision, int scale) {}
}
