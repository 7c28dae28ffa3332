package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.catalog.value.Collations;
import dev.quern.catalog.value.SqlVariant;
import java.util.List;
import java.util.Locale;

/**
 * SQL_VARIANT_PROPERTY(value, property): BaseType, Precision, Scale, TotalBytes, Collation,
 * MaxLength of the value's base type, as sql_variant; NULL for an unknown property.
 */
final class SqlVariantPropertyFunction extends BuiltinFunction {
  SqlVariantPropertyFunction() {
    super("SQL_VARIANT_PROPERTY", 2, 2);
  }

  @Override
  SqlType resultType(List<SqlType> types) {
    return SqlTypes.SQL_VARIANT;
  }

  @Override
  Object call(Arguments a, FunctionContext ctx) {
    SqlType base = a.value(0) instanceof SqlVariant v ? v.baseType() : a.type(0);
    String property = a.string(1).trim().toLowerCase(Locale.ROOT);
    return switch (property) {
      case "basetype" -> text(SqlTypes.name(base.id()));
      case "precision" -> new SqlVariant(SqlTypes.INT, precision(base));
      case "scale" -> new SqlVariant(SqlTypes.INT, base.scale());
      case "totalbytes" -> new SqlVariant(SqlTypes.INT, maxLength(base) + 2);
      case "maxlength" -> new SqlVariant(SqlTypes.INT, maxLength(base));
      case "collation" -> SqlTypes.isCharacter(base.id()) ? text(Collations.DEFAULT) : null;
      default -> null;
    };
  }

  private static SqlVariant text(String s) {
    return new SqlVariant(SqlType.ofLength(TypeId.NVARCHAR, 128), s);
  }

  private static int precision(SqlType t) {
    return switch (t.id()) {
      case TINYINT -> 3;
      case SMALLINT -> 5;
      case INT -> 10;
      case BIGINT, MONEY -> 19;
      case SMALLMONEY -> 10;
      case BIT -> 1;
      case REAL -> 7;
      case FLOAT -> 15;
      case DECIMAL, NUMERIC -> t.precision();
      case DATE -> 10;
      case DATETIME -> 23;
      case SMALLDATETIME -> 16;
      case TIME -> t.scale() == 0 ? 8 : 9 + t.scale();
      case DATETIME2 -> t.scale() == 0 ? 19 : 20 + t.scale();
      case DATETIMEOFFSET -> t.scale() == 0 ? 26 : 27 + t.scale();
      default -> 0;
    };
  }

  private static int maxLength(SqlType t) {
    int fixed = SqlTypes.fixedByteSize(t);
    if (fixed >= 0) {
      return fixed;
    }
    if (t.isMax()) {
      return -1;
    }
    return SqlTypes.isUnicode(t.id()) ? t.length() * 2 : t.length();
  }
}
