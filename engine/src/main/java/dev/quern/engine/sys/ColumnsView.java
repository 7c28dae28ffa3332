package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.bit;
import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.smallint;
import static dev.quern.engine.sys.Columns.sysname;
import static dev.quern.engine.sys.Columns.tinyint;

import dev.quern.catalog.meta.Column;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/** sys.columns: the columns of the current database's tables. */
final class ColumnsView implements SystemView {
  private static final List<ResultColumn> COLUMNS =
      List.of(
          integer("object_id", false), sysname("name", true), integer("column_id", false),
          tinyint("system_type_id", false), integer("user_type_id", false), smallint("max_length", false),
          tinyint("precision", false), tinyint("scale", false), sysname("collation_name", true),
          bit("is_nullable", true), bit("is_identity", false), bit("is_computed", false));

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
        for (Column c : t.columns()) {
          int typeId = c.rowversion() ? SqlTypes.TIMESTAMP_TYPE_ID : SqlTypes.systemTypeId(c.type().id());
          int userTypeId = c.userTypeId() != 0 ? c.userTypeId() : typeId;
          out.add(new Object[] {t.id(), c.name(), c.columnId(), typeId, userTypeId, maxLength(c.type()),
              c.type().precision(), c.type().scale(), c.collation(), c.nullable(), c.identity() != null,
              c.computed() != null});
        }
      }
    }
    return out;
  }

  /** Bytes, as sys.columns reports them ({@link MaxLength}). */
  static int maxLength(SqlType t) {
    return MaxLength.of(t);
  }
}
