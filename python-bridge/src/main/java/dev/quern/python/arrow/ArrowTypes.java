package dev.quern.python.arrow;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import dev.quern.ext.spi.ExternalColumn;
import dev.quern.ext.spi.SqlTypeText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * The Arrow type carrying each SQL type (the table in python-bridge/README.md). Every field also
 * carries its SQL type as text under the metadata key {@value #SQL_TYPE_KEY}, so money vs decimal
 * and varchar vs nvarchar survive the trip.
 */
public final class ArrowTypes {
  public static final String SQL_TYPE_KEY = "sql_type";

  private ArrowTypes() {}

  /** The Arrow type for a SQL type; throws {@link UnsupportedTypeException} for sql_variant and hierarchyid. */
  public static ArrowType of(SqlType t) throws UnsupportedTypeException {
    return switch (t.id()) {
      case TINYINT -> new ArrowType.Int(8, false);
      case SMALLINT -> new ArrowType.Int(16, true);
      case INT -> new ArrowType.Int(32, true);
      case BIGINT -> new ArrowType.Int(64, true);
      case BIT -> ArrowType.Bool.INSTANCE;
      case DECIMAL, NUMERIC -> new ArrowType.Decimal(t.precision(), t.scale(), 128);
      case MONEY -> new ArrowType.Decimal(19, 4, 128);
      case SMALLMONEY -> new ArrowType.Decimal(10, 4, 128);
      case REAL -> new ArrowType.FloatingPoint(FloatingPointPrecision.SINGLE);
      case FLOAT -> new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE);
      case CHAR, VARCHAR, NCHAR, NVARCHAR, TEXT, NTEXT, XML, JSON, UNIQUEIDENTIFIER -> ArrowType.Utf8.INSTANCE;
      // Quern's decision (SQL Server documents none): a vector reaches pandas as its JSON text.
      case VECTOR -> ArrowType.Utf8.INSTANCE;
      case BINARY, VARBINARY, IMAGE -> ArrowType.Binary.INSTANCE;
      case DATE -> new ArrowType.Date(DateUnit.DAY);
      case TIME -> new ArrowType.Time(TimeUnit.MICROSECOND, 64);
      case DATETIME2, DATETIME, SMALLDATETIME -> new ArrowType.Timestamp(TimeUnit.MICROSECOND, null);
      case DATETIMEOFFSET -> new ArrowType.Timestamp(TimeUnit.MICROSECOND, "UTC");
      // As SQL Server: sql_variant and the CLR types (hierarchyid, geometry, geography) are no input type; CAST them.
      case SQL_VARIANT, HIERARCHYID, GEOMETRY, GEOGRAPHY -> throw new UnsupportedTypeException(t);
    };
  }

  public static Field field(ExternalColumn c) throws UnsupportedTypeException {
    FieldType ft = new FieldType(true, of(c.type()), null, Map.of(SQL_TYPE_KEY, SqlTypeText.format(c.type())));
    return new Field(c.name(), ft, null);
  }

  public static Schema schema(List<ExternalColumn> columns) throws UnsupportedTypeException {
    List<Field> fields = new ArrayList<>(columns.size());
    for (ExternalColumn c : columns) {
      fields.add(field(c));
    }
    return new Schema(fields);
  }

  /** The SQL type a field carries: its metadata, else inferred from the Arrow type. */
  public static SqlType sqlType(Field f) {
    Map<String, String> meta = f.getMetadata();
    if (meta != null && meta.containsKey(SQL_TYPE_KEY)) {
      return SqlTypeText.parse(meta.get(SQL_TYPE_KEY));
    }
    return switch (f.getType()) {
      case ArrowType.Int i when i.getBitWidth() == 8 && !i.getIsSigned() -> SqlType.of(TypeId.TINYINT);
      case ArrowType.Int i when i.getBitWidth() <= 16 -> SqlType.of(TypeId.SMALLINT);
      case ArrowType.Int i when i.getBitWidth() == 32 -> SqlType.of(TypeId.INT);
      case ArrowType.Int i -> SqlType.of(TypeId.BIGINT);
      case ArrowType.Bool b -> SqlType.of(TypeId.BIT);
      case ArrowType.Decimal d -> SqlType.decimal(d.getPrecision(), d.getScale());
      case ArrowType.FloatingPoint fp when fp.getPrecision() == FloatingPointPrecision.SINGLE -> SqlType.of(TypeId.REAL);
      case ArrowType.FloatingPoint fp -> SqlType.of(TypeId.FLOAT);
      case ArrowType.Binary b -> SqlType.ofLength(TypeId.VARBINARY, SqlType.MAX);
      case ArrowType.Date d -> SqlType.of(TypeId.DATE);
      case ArrowType.Time t -> SqlType.withScale(TypeId.TIME, 6);
      case ArrowType.Timestamp ts when ts.getTimezone() != null -> SqlType.withScale(TypeId.DATETIMEOFFSET, 6);
      case ArrowType.Timestamp ts -> SqlType.withScale(TypeId.DATETIME2, 6);
      default -> SqlType.ofLength(TypeId.NVARCHAR, SqlType.MAX);
    };
  }
}
