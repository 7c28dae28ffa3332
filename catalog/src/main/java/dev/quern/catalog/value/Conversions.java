package dev.quern.catalog.value;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;

/**
 * CAST and CONVERT between SQL Server types, following "Data type conversion (Database Engine)" and
 * "CAST and CONVERT (Transact-SQL)", with SQL Server's results and errors: decimal → int truncates,
 * scale reduction rounds half away from zero, a string cast to a shorter string is silently cut, an
 * int too long for varchar(n) becomes {@code *}.
 */
public final class Conversions {
  /**
   * The style of a plain CAST (and of CONVERT written without a style), which differs from an
   * explicit style 0 for date/time types: CAST(date AS varchar) is {@code 2024-01-31}, style 0 is
   * {@code Jan 31 2024}.
   */
  public static final int NO_STYLE = -1;

  /** us_english's DATEFORMAT. */
  public static final String DEFAULT_DATE_FORMAT = "mdy";

  private Conversions() {}

  /** CAST(value AS to); null stays null. */
  public static Object convert(Object value, SqlType from, SqlType to) {
    return convert(value, from, to, NO_STYLE);
  }

  /**
   * CONVERT(to, value, style); null stays null. Use {@link #convert(Object, SqlType, SqlType)} (or
   * {@link #NO_STYLE}) for CONVERT written without a style.
   *
   * @throws SqlValueException with SQL Server's number and text when the conversion fails
   */
  public static Object convert(Object value, SqlType from, SqlType to, int style) {
    return convert(value, from, to, style, DEFAULT_DATE_FORMAT);
  }

  /**
   * CONVERT under a session's SET DATEFORMAT ({@code dmy}, {@code ymd} …), which decides how
   * numeric date strings like {@code 01/02/2024} read when the style does not.
   */
  public static Object convert(
      Object value, SqlType from, SqlType to, int style, String dateFormat) {
    if (value == null) {
      return null;
    }
    if (value instanceof SqlVariant v) {
      return convert(v.value(), v.baseType(), to, style, dateFormat);
    }
    if (!explicitlyConvertible(from, to)) {
      throw ValueErrors.explicitNotAllowed(from.id(), to.id());
    }
    if (from.id() == TypeId.JSON && to.id() != TypeId.JSON) {
      return JsonConversions.fromJson((String) value, to);
    }
    if (from.id() == TypeId.HIERARCHYID && to.id() != TypeId.HIERARCHYID) {
      return ToHierarchyId.from((byte[]) value, to, style);
    }
    if (ToSpatial.isSpatial(from.id()) && to.id() != from.id()) {
      return ToSpatial.from((byte[]) value, from, to);
    }
    if (from.id() == TypeId.VECTOR && to.id() != TypeId.VECTOR) {
      return ToVector.toText((VectorValue) value, to);
    }
    return switch (to.id()) {
      case TINYINT, SMALLINT, INT, BIGINT -> ToInteger.convert(value, from, to);
      case BIT -> ToBit.convert(value, from, to);
      case DECIMAL, NUMERIC -> ToDecimal.convert(value, from, to);
      case MONEY, SMALLMONEY -> ToMoney.convert(value, from, to);
      case FLOAT, REAL -> ToFloat.convert(value, from, to);
      case CHAR, VARCHAR, NCHAR, NVARCHAR, TEXT, NTEXT, XML ->
          ToText.convert(value, from, to, style);
      case BINARY, VARBINARY, IMAGE -> ToBinary.convert(value, from, to, style);
      case DATE, TIME, DATETIME2, DATETIMEOFFSET, DATETIME, SMALLDATETIME ->
          ToTemporal.convert(value, from, to, style, dateFormat);
      case UNIQUEIDENTIFIER -> ToGuid.convert(value, from);
      case SQL_VARIANT -> new SqlVariant(from, value);
      case HIERARCHYID -> ToHierarchyId.convert(value, from);
      case VECTOR -> ToVector.convert(value, from, to);
      case JSON -> JsonConversions.toJson(value, from);
      case GEOMETRY, GEOGRAPHY -> ToSpatial.convert(value, from, to);
    };
  }

  /**
   * A converter for many values of {@code from} to {@code to} under {@code style}, giving what
   * {@link #convert(Object, SqlType, SqlType, int, String)} gives, with the type-only work done
   * once here.
   */
  public static ValueConverter converter(SqlType from, SqlType to, int style) {
    return Converters.of(from, to, style);
  }

  /**
   * An implicit conversion (assignment, comparison operand, parameter): the same as CAST when
   * allowed, else 257 when only CAST may do it, or 206 when no conversion exists.
   */
  public static Object convertImplicitly(Object value, SqlType from, SqlType to) {
    return convertImplicitly(value, from, to, DEFAULT_DATE_FORMAT);
  }

  /** As {@link #convertImplicitly(Object, SqlType, SqlType)} under a session's SET DATEFORMAT. */
  public static Object convertImplicitly(Object value, SqlType from, SqlType to, String dateFormat) {
    if (!implicitlyConvertible(from, to)) {
      throw explicitlyConvertible(from, to)
          ? ValueErrors.implicitNotAllowed(from.id(), to.id())
          : ValueErrors.operandClash(from.id(), to.id());
    }
    return convert(value, from, to, NO_STYLE, dateFormat);
  }

  /** Whether SQL Server converts from → to without an explicit CAST. */
  public static boolean implicitlyConvertible(SqlType from, SqlType to) {
    return ConversionRules.implicit(from.id(), to.id());
  }

  /** Whether CAST/CONVERT from → to is allowed at all (else 529). */
  public static boolean explicitlyConvertible(SqlType from, SqlType to) {
    return ConversionRules.explicit(from.id(), to.id());
  }

  /** Whether a type holds text: char, varchar, nchar, nvarchar, text, ntext. */
  static boolean isText(SqlType t) {
    return SqlTypes.isCharacter(t.id());
  }
}
