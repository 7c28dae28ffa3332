package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.bigint;
import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.smallint;

import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.stats.IndexUsage;
import java.util.ArrayList;
import java.util.List;

/**
 * sys.dm_db_index_operational_stats(database_id, object_id, index_id, partition_number)
 * ("sys.dm_db_index_operational_stats"): a row per index of the current database's tables (NULL,
 * 0 and -1 for index_id ask for all), from the counters sys.dm_db_index_usage_stats keeps
 * ({@link IndexUsage}): leaf_insert/delete/update_count are the rows INSERT, DELETE and UPDATE
 * statements changed in the index (MERGE's are not counted); range_scan_count counts the scans
 * and seeks of the index (each opens a range of the store), singleton_lookup_count the lookups of
 * rows through a nonclustered index. Quern has no pages, latches, page or row lock counters,
 * lock escalation, LOB or row-overflow storage, compression or version store on this path: every
 * other column is 0. Another database's indexes are not read (no rows).
 */
final class IndexOperationalStats implements SystemFunction {
  /** The counter columns after hobt_id, in SQL Server's order. */
  private static final List<String> COUNTERS = List.of(
      "leaf_insert_count", "leaf_delete_count", "leaf_update_count", "leaf_ghost_count", "nonleaf_insert_count",
      "nonleaf_delete_count", "nonleaf_update_count", "leaf_allocation_count", "nonleaf_allocation_count",
      "leaf_page_merge_count", "nonleaf_page_merge_count", "range_scan_count", "singleton_lookup_count",
      "forwarded_fetch_count", "lob_fetch_in_pages", "lob_fetch_in_bytes", "lob_orphan_create_count",
      "lob_orphan_insert_count", "row_overflow_fetch_in_pages", "row_overflow_fetch_in_bytes",
      "column_value_push_off_row_count", "column_value_pull_in_row_count", "row_lock_count",
      "row_lock_wait_count", "row_lock_wait_in_ms", "page_lock_count", "page_lock_wait_count",
      "page_lock_wait_in_ms", "index_lock_promotion_attempt_count", "index_lock_promotion_count",
      "page_latch_wait_count", "page_latch_wait_in_ms", "page_io_latch_wait_count", "page_io_latch_wait_in_ms",
      "tree_page_latch_wait_count", "tree_page_latch_wait_in_ms", "tree_page_io_latch_wait_count",
      "tree_page_io_latch_wait_in_ms", "page_compression_attempt_count", "page_compression_success_count",
      "version_generated_inrow", "version_generated_offrow", "ghost_version_inrow", "ghost_version_offrow",
      "insert_over_ghost_version_inrow", "insert_over_ghost_version_offrow");
  private static final int FIRST_COUNTER = 5;
  private static final List<ResultColumn> COLUMNS = resultColumns();

  private static List<ResultColumn> resultColumns() {
    List<ResultColumn> c = new ArrayList<>(List.of(
        smallint("database_id", false), integer("object_id", false), integer("index_id", false),
        integer("partition_number", false), bigint("hobt_id", false)));
    COUNTERS.forEach(name -> c.add(bigint(name, false)));
    return List.copyOf(c);
  }

  @Override
  public String name() {
    return "dm_db_index_operational_stats";
  }

  @Override
  public List<SqlType> parameters() {
    return List.of(SqlTypes.INT, SqlTypes.INT, SqlTypes.INT, SqlTypes.INT);
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public Rows rows(SessionState session, Object[] args) {
    Integer databaseId = all(args[0], 0);
    Integer objectId = all(args[1], 0);
    Integer indexId = all(all(args[2], 0), -1);
    Integer partition = all(args[3], 0);
    int db = session.databaseId();
    List<Object[]> out = new ArrayList<>();
    if (databaseId != null && databaseId != db || partition != null && partition != 1) {
      return Rows.of(out);
    }
    IndexUsage usage = session.server().indexUsage();
    for (CatalogObjects.Entry e : CatalogObjects.objects(session)) {
      if (e.object() instanceof Table t && (objectId == null || objectId == t.id())) {
        for (Index i : t.indexes()) {
          if (indexId == null || indexId == i.indexId()) {
            out.add(row(db, t, i, usage.of(db, t.id(), i.indexId())));
          }
        }
      }
    }
    return Rows.of(out);
  }

  private static Object[] row(int db, Table t, Index i, IndexUsage.Counters c) {
    Object[] row = new Object[COLUMNS.size()];
    row[0] = db;
    row[1] = t.id();
    row[2] = i.indexId();
    row[3] = 1;
    row[4] = i.dataId();
    for (int k = FIRST_COUNTER; k < row.length; k++) {
      row[k] = 0L;
    }
    if (c != null) {
      set(row, "leaf_insert_count", c.leafInserts());
      set(row, "leaf_delete_count", c.leafDeletes());
      set(row, "leaf_update_count", c.leafUpdates());
      set(row, "range_scan_count", c.scans() + c.seeks());
      set(row, "singleton_lookup_count", c.lookups());
    }
    return row;
  }

  private static void set(Object[] row, String column, long value) {
    row[FIRST_COUNTER + COUNTERS.indexOf(column)] = value;
  }

  /** {@code v} as an id, null when it is NULL or {@code meansAll}. */
  private static Integer all(Object v, int meansAll) {
    return v == null || ((Number) v).intValue() == meansAll ? null : ((Number) v).intValue();
  }
}
