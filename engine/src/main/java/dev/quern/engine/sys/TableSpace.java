package dev.quern.engine.sys;

import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.Table;
import dev.quern.engine.session.SessionState;

/**
 * The space a table takes as sp_spaceused reports it, in SQL Server's 8 KB pages: its rows' pages
 * measured from the stored bytes ({@link TableSizes}), its nonclustered indexes' estimated as
 * sys.dm_db_partition_stats estimates them. Quern allocates no pages ahead, so nothing is reserved
 * beyond what is used.
 */
public record TableSpace(long rows, long dataPages, long indexPages) {
  public static TableSpace of(SessionState session, Table t) {
    return of(t, TableSizes.of(session, t));
  }

  /**
   * As {@link #of(SessionState, Table)} for a table of another session, measured without locks
   * ({@link TableSizes#withoutLocks}); null when a DDL holds the table.
   */
  public static TableSpace withoutLocks(dev.quern.catalog.meta.Catalog catalog, Table t) {
    TableSizes.Size size = TableSizes.withoutLocks(catalog, t);
    return size == null ? null : of(t, size);
  }

  private static TableSpace of(Table t, TableSizes.Size size) {
    long index = 0;
    for (Index i : t.indexes()) {
      if (!i.holdsRows()) {
        index += PartitionStatsView.indexPages(t, i, size.rows());
      }
    }
    return new TableSpace(size.rows(), size.pages(), index);
  }

  /** Reserved pages: data and indexes (none allocated ahead). */
  public long reservedPages() {
    return dataPages + indexPages;
  }
}
