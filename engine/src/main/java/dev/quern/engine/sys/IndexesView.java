package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.bit;
import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.nvarchar;
import static dev.quern.engine.sys.Columns.sysname;
import static dev.quern.engine.sys.Columns.tinyint;

import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.Table;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/** sys.indexes: heaps, clustered and nonclustered indexes of the current database's tables. */
final class IndexesView implements SystemView {
  private static final List<ResultColumn> COLUMNS =
      List.of(
          integer("object_id", false), sysname("name", true), integer("index_id", false),
          tinyint("type", false), nvarchar("type_desc", 60, true), bit("is_unique", true),
          bit("is_primary_key", true), bit("is_unique_constraint", true), bit("has_filter", true),
          nvarchar("filter_definition", 4000, true));

  @Override
  public String name() {
    return "indexes";
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
        for (Index i : t.indexes()) {
          out.add(new Object[] {t.id(), i.name(), i.indexId(), i.kind().ordinal(), i.kind().name(),
              i.unique(), i.primaryKey(), i.uniqueConstraint(), i.filter() != null, i.filter()});
        }
      }
    }
    return out;
  }
}
