package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.nvarchar;
import static dev.quern.engine.sys.Columns.sysname;

import dev.quern.catalog.meta.Table;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/** sys.tables: the user tables of the current database. */
final class TablesView implements SystemView {
  private static final List<ResultColumn> COLUMNS =
      List.of(
          sysname("name", false), integer("object_id", false), integer("principal_id", true),
          integer("schema_id", false), integer("parent_object_id", false), nvarchar("type", 2, true),
          nvarchar("type_desc", 60, true));

  @Override
  public String name() {
    return "tables";
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
        out.add(new Object[] {t.name(), t.id(), null, e.schema().id(), 0, "U ", "USER_TABLE"});
      }
    }
    return out;
  }
}
