package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.nvarchar;

import dev.quern.catalog.meta.Synonym;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/** sys.synonyms: sys.objects' columns for the synonyms of the current database, and their targets. */
final class SynonymsView implements SystemView {
  private static final List<ResultColumn> COLUMNS;

  static {
    List<ResultColumn> columns = new ArrayList<>(ObjectsView.COLUMNS);
    columns.add(nvarchar("base_object_name", 1035, true));
    COLUMNS = List.copyOf(columns);
  }

  @Override
  public String name() {
    return "synonyms";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    List<Object[]> out = new ArrayList<>();
    for (CatalogObjects.Entry e : CatalogObjects.objects(session)) {
      if (e.object() instanceof Synonym s) {
        Object[] head = ObjectsView.row(s.name(), s.id(), SchemaIds.visible(e.schema()), 0, "SN", e.dates(), false);
        Object[] row = java.util.Arrays.copyOf(head, head.length + 1);
        row[head.length] = s.baseObjectName();
        out.add(row);
      }
    }
    return out;
  }
}
