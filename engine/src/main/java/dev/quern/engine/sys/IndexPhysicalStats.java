package dev.quern.engine.sys;

import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.IndexKind;
import dev.quern.catalog.meta.Table;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rows of sys.dm_db_index_physical_stats for the current database: each index's pages as
 * sys.dm_db_partition_stats counts them (the rows' measured, the others' estimated). Quern stores
 * keys in sorted runs of a log-structured store, not in pages that split, so there is no
 * fragmentation to report: 0 percent, one fragment of all the pages, one level. In LIMITED mode
 * (the default) the record columns are NULL as in SQL Server; SAMPLED and DETAILED give the row
 * count. A database_id naming another database reads that database's indexes, as maintenance
 * scripts run from master ask of each user database (the caller needs to be able to use it: 916);
 * NULL (every database) gives the current one's. Columnstore indexes have no rowstore pages to
 * report: their row groups are in sys.dm_db_column_store_row_group_physical_stats.
 */
public final class IndexPhysicalStats {
  private IndexPhysicalStats() {}

  /** The rows for {@code objectId}/{@code indexId} (null: all) in database {@code databaseId} (null: all). */
  public static List<Object[]> rows(SessionState session, Integer databaseId, Integer objectId, Integer indexId,
      Integer partition, String mode) {
    List<Object[]> out = new ArrayList<>();
    int db = session.databaseId();
    if (databaseId != null && databaseId != db) {
      var other = session.server().databases().byId(databaseId);
      return other.isEmpty() ? out
          : session.inDatabase(other.get().name(), () -> rows(session, databaseId, objectId, indexId, partition, mode));
    }
    if (partition != null && partition != 1) {
      return out;
    }
    boolean detailed = mode != null && !mode.strip().toUpperCase(Locale.ROOT).equals("LIMITED");
    for (CatalogObjects.Entry e : CatalogObjects.objects(session)) {
      if (e.object() instanceof Table t && (objectId == null || objectId == t.id())) {
        TableSizes.Size size = TableSizes.of(session, t);
        for (Index i : t.indexes()) {
          if ((indexId == null || indexId == i.indexId()) && !i.columnstore()) {
            long pages = i.holdsRows() ? size.pages() : PartitionStatsView.indexPages(t, i, size.rows());
            out.add(row(db, t, i, pages, detailed ? size.rows() : null));
          }
        }
      }
    }
    return out;
  }

  private static Object[] row(int db, Table t, Index i, long pages, Long records) {
    String type = switch (i.kind()) {
      case HEAP -> "HEAP";
      case CLUSTERED -> "CLUSTERED INDEX";
      case NONCLUSTERED -> "NONCLUSTERED INDEX";
      case CLUSTERED_COLUMNSTORE, NONCLUSTERED_COLUMNSTORE -> throw new IllegalArgumentException("columnstore");
    };
    return new Object[] {
      db, t.id(), i.indexId(), 1, type, "IN_ROW_DATA", 1, 0, 0.0, pages > 0 ? 1L : 0L, (double) pages, pages,
      null, records, records == null ? null : 0L, records == null ? null : 0L, null, null, null,
      i.kind() == IndexKind.HEAP && records != null ? 0L : null, 0L, i.dataId()
    };
  }
}
