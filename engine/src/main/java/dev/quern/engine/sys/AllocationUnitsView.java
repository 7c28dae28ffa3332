package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.bigint;
import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.nvarchar;
import static dev.quern.engine.sys.Columns.tinyint;

import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.Table;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/**
 * sys.allocation_units: one IN_ROW_DATA unit per partition (sys.partitions: one per heap or
 * index, or one per partition of a partitioned one), in the PRIMARY data space (the filegroup
 * every partition scheme maps to), with the pages sys.dm_db_partition_stats estimates for it;
 * container_id and allocation_unit_id are the partition's id, as SQL Server's in-row unit's
 * container is its hobt. Nothing is stored as LOB or row-overflow pages.
 */
final class AllocationUnitsView implements SystemView {
  private static final List<ResultColumn> COLUMNS =
      List.of(
          bigint("allocation_unit_id", false), tinyint("type", false), nvarchar("type_desc", 60, true),
          bigint("container_id", false), integer("data_space_id", true), bigint("total_pages", false),
          bigint("used_pages", false), bigint("data_pages", false));

  @Override
  public String name() {
    return "allocation_units";
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
      if (e.object() instanceof Table t) {
        TableSizes.Size size = TableSizes.of(session, t);
        for (Index i : t.indexes()) {
          long pages = i.holdsRows() ? size.pages() : PartitionStatsView.indexPages(t, i, size.rows());
          long[] counts = TablePartitions.rowCounts(session, m, t, i, size.rows());
          for (int n = 1; n <= counts.length; n++) {
            long id = TablePartitions.partitionId(i, n);
            long share = TablePartitions.pages(pages, counts, size.rows(), n);
            out.add(new Object[] {id, 1, "IN_ROW_DATA", id, DataSpacesView.PRIMARY, share, share, share});
          }
        }
      }
    }
    return out;
  }
}
