package dev.quern.engine.sys;

import dev.quern.catalog.meta.Table;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/** sys.tables: the user tables of the current database. */
final class TablesView implements SystemView {
  private static final List<ResultColumn> COLUMNS = ObjectsView.COLUMNS;

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
        out.add(ObjectsView.row(t.name(), t.id(), e.schema().id(), 0, "U", e.dates(), false));
      }
    }
    return out;
  }
}
