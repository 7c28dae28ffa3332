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

/**
 * sys.indexes: heaps, clustered and nonclustered indexes of the current database's tables, in the
 * PRIMARY data space or their partition scheme; ignore_dup_key, fill_factor, is_padded,
 * allow_row_locks, allow_page_locks and optimize_for_sequential_key as CREATE INDEX, a key
 * constraint, ALTER INDEX … REBUILD WITH or SET last gave them (recorded and reported: page fill
 * does not apply to Quern's LSM store, see {@link dev.quern.catalog.meta.IndexOptions}); a
 * columnstore index's compression_delay in minutes (NULL for a rowstore index).
 */
final class IndexesView implements SystemView {
  private static final List<ResultColumn> COLUMNS =
      List.of(
          integer("object_id", false), sysname("name", true), integer("index_id", false),
          tinyint("type", false), nvarchar("type_desc", 60, true), bit("is_unique", true),
          bit("is_primary_key", true), bit("is_unique_constraint", true), bit("has_filter", true),
          nvarchar("filter_definition", 4000, true), integer("data_space_id", true), bit("ignore_dup_key", true),
          tinyint("fill_factor", false), bit("is_padded", true), bit("is_disabled", true),
          bit("is_hypothetical", true), bit("allow_row_locks", true), bit("allow_page_locks", true),
          bit("optimize_for_sequential_key", true), integer("compression_delay", true));

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
    dev.quern.catalog.meta.Metadata m = CatalogObjects.metadata(session);
    for (CatalogObjects.Entry e : CatalogObjects.objects(session)) {
      Table t = CatalogObjects.indexed(session, e.object());
      if (t != null) {
        for (Index i : t.indexes()) {
          var placed = TablePartitions.placement(m, t, i);
          out.add(new Object[] {e.object().id(), i.name(), i.indexId(), i.kind().type(), i.kind().description(),
              i.unique(), i.primaryKey(), i.uniqueConstraint(), i.filter() != null, i.filter(),
              placed == null ? DataSpacesView.PRIMARY : placed.schemeId(), i.ignoreDupKey(), i.options().fillFactor(),
              i.options().padIndex(), i.disabled(), false, i.options().allowRowLocks(), i.options().allowPageLocks(),
              i.options().optimizeForSequentialKey(), i.columnstore() ? i.options().compressionDelay() : null});
        }
      }
    }
    return out;
  }
}
