package dev.quern.server.types;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import dev.quern.catalog.value.SqlVariant;
import dev.quern.catalog.value.VectorValue;
import dev.quern.tds.type.TdsVersion;
import dev.quern.tds.type.TypeInfo;
import dev.quern.tds.type.VariantValue;

/**
 * SQL types and values of the engine to and from their TDS form, per negotiated TDS version, as
 * SQL Server sends them [MS-TDS §2.2.5.4; SQL Server "Using date and time data types with
 * down-level clients"].
 */
public final class WireTypes {
  private WireTypes() {}

  /**
   * The TYPE_INFO of a result column (or output parameter) of this SQL type: the fixed types for
   * NOT NULL int/bit/float/money/datetime columns and their N forms when nullable, as SQL Server
   * does; date/time types as NVARCHAR before TDS 7.3; (max) types and xml as text/ntext/image
   * before 7.2.
   */
  public static TypeInfo typeInfo(SqlType type, boolean nullable, int tdsVersion) {
    return ColumnTypeInfos.of(type, nullable, tdsVersion);
  }

  /**
   * As {@link #typeInfo(SqlType, boolean, int)}, a character type carrying {@code collation} (a
   * column's own, null for the server default) in its COLLATION bytes.
   */
  public static TypeInfo typeInfo(
      SqlType type, boolean nullable, int tdsVersion, dev.quern.catalog.value.Collation collation) {
    TypeInfo t = ColumnTypeInfos.of(type, nullable, tdsVersion);
    if (collation == null || collation.isDefault() || t.collation() == null) {
      return t;
    }
    return new TypeInfo(t.type(), t.maxLength(), t.precision(), t.scale(), WireCollations.of(collation));
  }

  /** An engine value of this SQL type as {@link dev.quern.tds.type.TdsValueCodec} writes it. */
  public static Object toWire(Object value, SqlType type, int tdsVersion) {
    if (value == null) {
      return null;
    }
    if (value instanceof VectorValue v) {
      return v.toString(); // its JSON text, as the varchar(max) its TYPE_INFO says
    }
    if (value instanceof SqlVariant v) {
      return new VariantValue(
          VariantBaseTypes.of(v.baseType(), tdsVersion), toWire(v.value(), v.baseType(), tdsVersion));
    }
    if (!TdsVersion.atLeast73(tdsVersion)) {
      return DownlevelTemporals.format(value, type);
    }
    return value;
  }

  /** The SQL type of an RPC parameter sent with this TYPE_INFO. */
  public static SqlType sqlType(TypeInfo info) {
    return SqlTypesOfWire.of(info);
  }

  /**
   * An RPC parameter value in the engine's representation; a char, nchar or binary value shorter
   * than its TYPE_INFO's length is padded to it.
   */
  public static Object fromWire(Object wireValue, TypeInfo info) {
    if (wireValue instanceof VariantValue v) {
      return new SqlVariant(sqlType(v.baseType()), fromWire(v.value(), v.baseType()));
    }
    return FixedLengthValues.padded(wireValue, sqlType(info));
  }

  /** Whether a SQL type travels as a string to clients of this version (date/time before 7.3). */
  static boolean isDownlevelTemporal(TypeId id, int tdsVersion) {
    return !TdsVersion.atLeast73(tdsVersion)
        && (id == TypeId.DATE
            || id == TypeId.TIME
            || id == TypeId.DATETIME2
            || id == TypeId.DATETIMEOFFSET);
  }
}
