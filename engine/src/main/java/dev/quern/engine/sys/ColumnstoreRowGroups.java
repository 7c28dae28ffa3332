package dev.quern.engine.sys;

import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.IndexCursor;
import dev.quern.catalog.meta.KeyRange;
import dev.quern.catalog.meta.Metadata;
import dev.quern.catalog.meta.Table;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.TableStores;
import java.util.ArrayList;
import java.util.List;

/**
 * The row groups of the current database's columnstore indexes, as sys.column_store_row_groups and
 * sys.dm_db_column_store_row_group_physical_stats show them ("Columnstore indexes: overview"). Quern
 * stores a columnstore's rows row by row and compresses nothing itself, so there is no delta store
 * and no delete bitmap: every row is counted in a COMPRESSED row group, each partition's rows cut
 * into groups of at most 1,048,576 in storage order, with no deleted rows. The counts are exact (a
 * filtered nonclustered columnstore counts the rows it holds); a disabled or empty index has none.
 * size_in_bytes is the rows' share of the index's estimated pages.
 */
final class ColumnstoreRowGroups {
  /** The most rows a row group holds. */
  static final long MAX_ROWS = 1_048_576;
  /** sys.column_store_row_groups.state of a compressed row group. */
  static final int COMPRESSED = 3;

  /** One row group: its index, partition, number within the partition, rows and bytes. */
  record RowGroup(Table table, Index index, int partition, int id, long rows, long bytes) {}

  private ColumnstoreRowGroups() {}

  static List<RowGroup> all(SessionState session) {
    List<RowGroup> out = new ArrayList<>();
    Metadata m = CatalogObjects.metadata(session);
    for (CatalogObjects.Entry e : CatalogObjects.objects(session)) {
      if (e.object() instanceof Table t) {
        for (Index i : t.indexes()) {
          if (i.columnstore() && !i.disabled()) {
            addGroups(session, m, t, i, out);
          }
        }
      }
    }
    return out;
  }

  private static void addGroups(SessionState session, Metadata m, Table t, Index i, List<RowGroup> out) {
    TableSizes.Size size = TableSizes.of(session, t);
    long rows = i.holdsRows() || i.filter() == null ? size.rows() : entries(session, t, i);
    long pages = i.holdsRows() ? size.pages() : PartitionStatsView.indexPages(t, i, rows);
    long[] counts = i.filter() == null ? TablePartitions.rowCounts(session, m, t, i, rows) : new long[] {rows};
    for (int p = 1; p <= counts.length; p++) {
      int id = 0;
      for (long left = counts[p - 1]; left > 0; left -= MAX_ROWS) {
        long n = Math.min(MAX_ROWS, left);
        out.add(new RowGroup(t, i, p, id++, n, rows == 0 ? 0 : pages * 8192 * n / rows));
      }
    }
  }

  /** The entries of a filtered nonclustered columnstore: the rows its filter keeps. */
  private static long entries(SessionState session, Table t, Index i) {
    Catalog catalog = session.store().storage().catalog(session.databaseId());
    session.store().beginStatement();
    try (IndexCursor c = TableStores.open(session.store(), catalog, t).seek(i, KeyRange.ALL, false)) {
      long n = 0;
      while (c.next()) {
        n++;
      }
      return n;
    } finally {
      session.store().endStatement(true);
    }
  }
}
