package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.bigint;
import static dev.quern.engine.sys.Columns.bit;
import static dev.quern.engine.sys.Columns.datetime;
import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.nvarchar;
import static dev.quern.engine.sys.Columns.tinyint;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/**
 * sys.column_store_row_groups ("sys.column_store_row_groups (Transact-SQL)") and
 * sys.dm_db_column_store_row_group_physical_stats ("sys.dm_db_column_store_row_group_physical_stats
 * (Transact-SQL)"): one row per row group of each columnstore index (see {@link
 * ColumnstoreRowGroups} for what Quern's row groups are). A compressed group tells how it was
 * compressed (INDEX_BUILD, REORG_NORMAL, REORG_FORCED, MERGE); a full one is NO_TRIM, a smaller one
 * RESIDUAL_ROW_GROUP from an index build, REORG from a REORGANIZE. A delta store group (OPEN or
 * CLOSED) has NOT_APPLICABLE and no trim reason. Quern keeps no creation or closing time for a row
 * group: NULL. size_in_bytes is the bytes of the
 * group's values as stored (Quern does not compress them).
 */
final class ColumnstoreRowGroupsView implements SystemView {
  private static final List<ResultColumn> CATALOG = List.of(
      integer("object_id", false), integer("index_id", false), integer("partition_number", false),
      integer("row_group_id", false), bigint("delta_store_hobt_id", true), tinyint("state", false),
      nvarchar("state_description", 60, false), bigint("total_rows", false), bigint("deleted_rows", true),
      bigint("size_in_bytes", false));

  private static final List<ResultColumn> PHYSICAL = List.of(
      integer("object_id", false), integer("index_id", false), integer("partition_number", false),
      integer("row_group_id", false), bigint("delta_store_hobt_id", true), tinyint("state", false),
      nvarchar("state_desc", 60, false), bigint("total_rows", false), bigint("deleted_rows", true),
      bigint("size_in_bytes", false), tinyint("trim_reason", true), nvarchar("trim_reason_desc", 60, true),
      tinyint("transition_to_compressed_state", false), nvarchar("transition_to_compressed_state_desc", 60, false),
      bit("has_vertipaq_optimization", true), bigint("generation", true), datetime("created_time", true),
      datetime("closed_time", true));

  private final boolean physical;

  private ColumnstoreRowGroupsView(boolean physical) {
    this.physical = physical;
  }

  static ColumnstoreRowGroupsView catalog() {
    return new ColumnstoreRowGroupsView(false);
  }

  static ColumnstoreRowGroupsView physicalStats() {
    return new ColumnstoreRowGroupsView(true);
  }

  @Override
  public String name() {
    return physical ? "dm_db_column_store_row_group_physical_stats" : "column_store_row_groups";
  }

  @Override
  public List<ResultColumn> columns() {
    return physical ? PHYSICAL : CATALOG;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    List<Object[]> out = new ArrayList<>();
    for (ColumnstoreRowGroups.RowGroup g : ColumnstoreRowGroups.all(session)) {
      // A delta store row group lives in the rows' own key range: its hobt is the index's.
      Long deltaHobt = g.compressed() ? null : TablePartitions.partitionId(g.index, g.partition);
      Object[] common = {g.table.id(), g.index.indexId(), g.partition, g.id, deltaHobt, g.state,
          STATES.get(g.state), g.totalRows(), g.deletedRows(), g.bytes()};
      if (!physical) {
        out.add(common);
        continue;
      }
      Object[] row = java.util.Arrays.copyOf(common, PHYSICAL.size());
      if (g.compressed()) {
        int trim = g.totalRows() == ColumnstoreRowGroups.MAX_ROWS ? 1
            : g.transition == dev.quern.catalog.meta.RowGroupMarks.INDEX_BUILD ? 6 : 3;
        row[10] = trim;
        row[11] = TRIM_REASONS.get(trim);
        row[14] = true;
        row[15] = 0L;
      }
      row[12] = g.transition;
      row[13] = TRANSITIONS.get(g.transition);
      out.add(row);
    }
    return out;
  }

  private static final java.util.Map<Integer, String> STATES =
      java.util.Map.of(1, "OPEN", 2, "CLOSED", 3, "COMPRESSED");
  private static final java.util.Map<Integer, String> TRIM_REASONS =
      java.util.Map.of(1, "NO_TRIM", 3, "REORG", 6, "RESIDUAL_ROW_GROUP");
  private static final java.util.Map<Integer, String> TRANSITIONS = java.util.Map.of(
      0, "NOT_APPLICABLE", 1, "INDEX_BUILD", 3, "REORG_NORMAL", 4, "REORG_FORCED", 6, "MERGE");
}
