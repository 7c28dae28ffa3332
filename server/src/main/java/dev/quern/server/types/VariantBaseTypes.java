package dev.quern.server.types;

import dev.quern.catalog.type.SqlType;
import dev.quern.tds.type.Collation;
import dev.quern.tds.type.TdsDataType;
import dev.quern.tds.type.TdsVersion;
import dev.quern.tds.type.TypeInfo;

/**
 * The base type of a sql_variant as it is described inside the value [MS-TDS §2.2.5.5.4]: the
 * fixed types for integers, bit, float, money and datetime (a variant value is never NULL), the
 * BIG/N types with their lengths for strings and binaries.
 */
final class VariantBaseTypes {
  private VariantBaseTypes() {}

  static TypeInfo of(SqlType base, int tdsVersion) {
    if (WireTypes.isDownlevelTemporal(base.id(), tdsVersion)) {
      return TypeInfo.nvarchar(DownlevelTemporals.length(base));
    }
    if (base.isMax()) {
      throw new IllegalArgumentException("sql_variant cannot hold " + base);
    }
    return switch (base.id()) {
      case TINYINT -> TypeInfo.fixed(TdsDataType.INT1);
      case SMALLINT -> TypeInfo.fixed(TdsDataType.INT2);
      case INT -> TypeInfo.fixed(TdsDataType.INT4);
      case BIGINT -> TypeInfo.fixed(TdsDataType.INT8);
      case BIT -> TypeInfo.fixed(TdsDataType.BIT);
      case REAL -> TypeInfo.fixed(TdsDataType.FLT4);
      case FLOAT -> TypeInfo.fixed(TdsDataType.FLT8);
      case SMALLMONEY -> TypeInfo.fixed(TdsDataType.MONEY4);
      case MONEY -> TypeInfo.fixed(TdsDataType.MONEY);
      case SMALLDATETIME -> TypeInfo.fixed(TdsDataType.DATETIM4);
      case DATETIME -> TypeInfo.fixed(TdsDataType.DATETIME);
      case CHAR -> TypeInfo.charType(Math.max(1, base.length()), Collation.DEFAULT);
      case VARCHAR -> TypeInfo.varchar(Math.max(1, base.length()), Collation.DEFAULT);
      case NCHAR -> TypeInfo.nchar(Math.max(1, base.length()));
      case NVARCHAR -> TypeInfo.nvarchar(Math.max(1, base.length()));
      case BINARY -> TypeInfo.binary(Math.max(1, base.length()));
      case VARBINARY -> TypeInfo.varbinary(Math.max(1, base.length()));
      case DECIMAL, NUMERIC, UNIQUEIDENTIFIER, DATE, TIME, DATETIME2, DATETIMEOFFSET ->
          ColumnTypeInfos.of(base, true, TdsVersion.V7_4);
      case TEXT, NTEXT, IMAGE, XML, SQL_VARIANT, HIERARCHYID, VECTOR, JSON, GEOMETRY, GEOGRAPHY ->
          throw new IllegalArgumentException("sql_variant cannot hold " + base);
    };
  }
}
