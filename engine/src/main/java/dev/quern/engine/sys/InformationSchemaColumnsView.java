package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.nvarchar;
import static dev.quern.engine.sys.Columns.sysname;

import dev.quern.catalog.meta.Column;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/** INFORMATION_SCHEMA.COLUMNS: the columns of the current database's tables. */
final class InformationSchemaColumnsView implements SystemView {
  private static final List<ResultColumn> COLUMNS =
      List.of(
          nvarchar("TABLE_CATALOG", 128, true), nvarchar("TABLE_SCHEMA", 128, true),
          sysname("TABLE_NAME", false), sysname("COLUMN_NAME", true), integer("ORDINAL_POSITION", true),
          nvarchar("COLUMN_DEFAULT", 4000, true), new ResultColumn("IS_NULLABLE", dev.quern.catalog.type.SqlType.ofLength(dev.quern.catalog.type.TypeId.VARCHAR, 3), true),
          nvarchar("DATA_TYPE", 128, true), integer("CHARACTER_MAXIMUM_LENGTH", true),
          Columns.tinyint("NUMERIC_PRECISION", true), integer("NUMERIC_SCALE", true));

  @Override
  public String name() {
    return "columns";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    List<Object[]> out = new ArrayList<>();
    for (CatalogObjects.Entry e : CatalogObjects.objects(session)) {
      if (e.object() instanceof Table t) {
        int ordinal = 0;
        for (Column c : t.columns()) {
          ordinal++;
          SqlType type = c.type();
          Integer length = type.length() == 0 || c.rowversion() ? null : type.isMax() ? -1
              : type.id() == dev.quern.catalog.type.TypeId.VECTOR ? MaxLength.of(type) : type.length();
          boolean numeric = SqlTypes.isNumeric(type.id());
          out.add(new Object[] {session.databaseName(), e.schema().name(), t.name(), c.name(), ordinal,
              t.defaultExpression(c.columnId()).map(d -> "(" + d + ")").orElse(null), c.nullable() ? "YES" : "NO",
              c.rowversion() ? "timestamp" : SqlTypes.name(type.id()), length, numeric ? precision(type) : null,
              numeric ? type.scale() : null});
        }
      }
    }
    return out;
  }

  private static Integer precision(SqlType t) {
    return switch (t.id()) {
      case TINYINT -> 3;
      case SMALLINT -> 5;
      case INT -> 10;
      case BIGINT -> 19;
      case REAL -> 24;
      case FLOAT -> 53;
      case MONEY -> 19;
      case SMALLMONEY -> 10;
      case XML -> 0; // typed xml keeps its collection id there, not a precision
      default -> t.precision();
    };
  }
}
