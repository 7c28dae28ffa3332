package dev.quern.server.types;

import dev.quern.catalog.type.SqlType;
import dev.quern.tds.type.Collation;
import dev.quern.tds.type.TdsDataType;
import dev.quern.tds.type.TdsVersion;
import dev.quern.tds.type.TypeInfo;
import dev.quern.tds.type.UdtInfo;

/** The TYPE_INFO SQL Server sends for a column of each SQL type [MS-TDS §2.2.5.4]. */
final class ColumnTypeInfos {
  /** Precision and scale of decimal when the type carries none. */
  private static final int DEFAULT_PRECISION = 18;

  /** SqlHierarchyId's MaxByteSize. */
  private static final int HIERARCHYID_MAX_BYTES = 892;

  /**
   * hierarchyid's UDT_INFO. SQL Server names the type's assembly as below; the database it names is
   * not documented for the system CLR types, so Quern says master, where sys.assemblies lists
   * Microsoft.SqlServer.Types.
   */
  static final UdtInfo HIERARCHYID = new UdtInfo("master", "sys", "hierarchyid",
      "Microsoft.SqlServer.Types.SqlHierarchyId, Microsoft.SqlServer.Types, Version=11.0.0.0, Culture=neutral,"
          + " PublicKeyToken=89845dcd8080cc91");

  /** geometry's and geography's UDT_INFO: their MaxByteSize is unlimited (0xFFFF on the wire). */
  static final UdtInfo GEOMETRY = new UdtInfo("master", "sys", "geometry",
      "Microsoft.SqlServer.Types.SqlGeometry, Microsoft.SqlServer.Types, Version=11.0.0.0, Culture=neutral,"
          + " PublicKeyToken=89845dcd8080cc91");
  static final UdtInfo GEOGRAPHY = new UdtInfo("master", "sys", "geography",
      "Microsoft.SqlServer.Types.SqlGeography, Microsoft.SqlServer.Types, Version=11.0.0.0, Culture=neutral,"
          + " PublicKeyToken=89845dcd8080cc91");
  private static final int UNLIMITED_UDT_BYTES = 0xFFFF;

  private ColumnTypeInfos() {}

  static TypeInfo of(SqlType type, boolean nullable, int tdsVersion) {
    if (WireTypes.isDownlevelTemporal(type.id(), tdsVersion)) {
      return TypeInfo.nvarchar(DownlevelTemporals.length(type));
    }
    boolean plp = TdsVersion.atLeast72(tdsVersion);
    return switch (type.id()) {
      case TINYINT -> nullable ? TypeInfo.intN(1) : TypeInfo.fixed(TdsDataType.INT1);
      case SMALLINT -> nullable ? TypeInfo.intN(2) : TypeInfo.fixed(TdsDataType.INT2);
      case INT -> nullable ? TypeInfo.intN(4) : TypeInfo.fixed(TdsDataType.INT4);
      case BIGINT -> nullable ? TypeInfo.intN(8) : TypeInfo.fixed(TdsDataType.INT8);
      case BIT -> nullable ? TypeInfo.bitN() : TypeInfo.fixed(TdsDataType.BIT);
      case REAL -> nullable ? TypeInfo.fltN(4) : TypeInfo.fixed(TdsDataType.FLT4);
      case FLOAT -> nullable ? TypeInfo.fltN(8) : TypeInfo.fixed(TdsDataType.FLT8);
      case SMALLMONEY -> nullable ? TypeInfo.moneyN(4) : TypeInfo.fixed(TdsDataType.MONEY4);
      case MONEY -> nullable ? TypeInfo.moneyN(8) : TypeInfo.fixed(TdsDataType.MONEY);
      case SMALLDATETIME -> nullable ? TypeInfo.datetimeN(4) : TypeInfo.fixed(TdsDataType.DATETIM4);
      case DATETIME -> nullable ? TypeInfo.datetimeN(8) : TypeInfo.fixed(TdsDataType.DATETIME);
      // SQL Server sends decimal/numeric, uniqueidentifier and the date/time types in their
      // N forms whatever the nullability.
      case DECIMAL -> TypeInfo.decimalN(precision(type), type.scale());
      case NUMERIC -> TypeInfo.numericN(precision(type), type.scale());
      case UNIQUEIDENTIFIER -> TypeInfo.guid();
      case DATE -> TypeInfo.date();
      case TIME -> TypeInfo.time(type.scale());
      case DATETIME2 -> TypeInfo.datetime2(type.scale());
      case DATETIMEOFFSET -> TypeInfo.datetimeOffset(type.scale());
      case CHAR -> TypeInfo.charType(length(type), Collation.DEFAULT);
      case NCHAR -> TypeInfo.nchar(length(type));
      case BINARY -> TypeInfo.binary(length(type));
      case VARCHAR ->
          type.isMax()
              ? plp ? TypeInfo.varchar(-1, Collation.DEFAULT) : TypeInfo.text(Collation.DEFAULT)
              : TypeInfo.varchar(length(type), Collation.DEFAULT);
      case NVARCHAR ->
          type.isMax()
              ? plp ? TypeInfo.nvarchar(-1) : TypeInfo.ntext()
              : TypeInfo.nvarchar(length(type));
      case VARBINARY ->
          type.isMax()
              ? plp ? TypeInfo.varbinary(-1) : TypeInfo.image()
              : TypeInfo.varbinary(length(type));
      case TEXT -> TypeInfo.text(Collation.DEFAULT);
      case NTEXT -> TypeInfo.ntext();
      case IMAGE -> TypeInfo.image();
      // xml is sent as UTF-16 text: as xml from 7.2, as ntext before [MS-TDS §2.2.5.4.3].
      case XML -> plp ? TypeInfo.xml() : TypeInfo.ntext();
      case SQL_VARIANT -> TypeInfo.sqlVariant();
      // A CLR type: UDT with its names from 7.2, varbinary(max)'s downlevel form (image) before.
      case HIERARCHYID -> plp ? TypeInfo.udt(HIERARCHYID_MAX_BYTES, HIERARCHYID) : TypeInfo.image();
      case GEOMETRY -> plp ? TypeInfo.udt(UNLIMITED_UDT_BYTES, GEOMETRY) : TypeInfo.image();
      case GEOGRAPHY -> plp ? TypeInfo.udt(UNLIMITED_UDT_BYTES, GEOGRAPHY) : TypeInfo.image();
      // SQL Server 2025 sends a vector as varchar(max) JSON text to every client that has not
      // negotiated VECTORSUPPORT, which Quern never acknowledges.
      case VECTOR -> plp ? TypeInfo.varchar(-1, Collation.DEFAULT) : TypeInfo.text(Collation.DEFAULT);
      // json goes out as its text to clients that did not negotiate JSONSUPPORT (Quern never acks
      // it): nvarchar(max), or ntext before 7.2, as SQL Server documents for TDS below 7.4.
      case JSON -> plp ? TypeInfo.nvarchar(-1) : TypeInfo.ntext();
    };
  }

  private static int precision(SqlType type) {
    return type.precision() == 0 ? DEFAULT_PRECISION : type.precision();
  }

  /** A declared length; SQL Server never describes a zero-length column. */
  private static int length(SqlType type) {
    return Math.max(1, type.length());
  }
}
