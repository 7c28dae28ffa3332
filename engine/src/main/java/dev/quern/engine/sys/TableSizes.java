package dev.quern.engine.sys;

import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.StoredRowCursor;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.meta.TableStore;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.TableStores;

/**
 * A table's row count and an estimate of its pages, read from its stored rows in the session's
 * transaction (sys.partitions, sys.dm_db_partition_stats, sp_statistics). Quern stores rows in a
 * key-value store, not in 8 KB pages: the page count is the stored bytes over the 8,060 bytes a
 * SQL Server data page holds, at least one page for a table with rows.
 */
public final class TableSizes {
  /** The bytes of row data a SQL Server page holds. */
  private static final int PAGE_BYTES = 8060;

  /** Rows and estimated data pages. */
  public record Size(long rows, long pages) {}

  private TableSizes() {}

  /** Opens a statement of its own when none runs (a query of system views alone runs none). */
  public static Size of(SessionState session, Table t) {
    return of(session, session.store().storage().catalog(session.databaseId()), t);
  }

  /** As {@link #of(SessionState, Table)} for a table of the database {@code catalog} holds. */
  public static Size of(SessionState session, Catalog catalog, Table t) {
    session.store().beginStatement();
    try {
      return measure(TableStores.open(session.store(), catalog, t));
    } finally {
      session.store().endStatement(true);
    }
  }

  /**
   * As {@link #of(SessionState, Catalog, Table)}, read without a lock and without waiting, in a
   * snapshot of the committed rows: for measuring other sessions' tables (tempdb's DMVs), which
   * must not wait for their transactions. Null when a DDL holds or is changing the table.
   */
  public static Size withoutLocks(Catalog catalog, Table t) {
    try (dev.quern.catalog.kv.KvTxn reads = catalog.store().beginReadOnly()) {
      dev.quern.catalog.meta.LockFreeRead read = catalog.openWithoutLocks(reads, t, null);
      if (read == null) {
        return null;
      }
      try (read) {
        return measure(read.rows());
      }
    }
  }

  private static Size measure(TableStore store) {
    long rows = 0;
    long bytes = 0;
    try (StoredRowCursor c = store.scanStored()) {
      while (c.next()) {
        rows++;
        bytes += c.stored().length;
      }
    }
    return new Size(rows, (bytes + PAGE_BYTES - 1) / PAGE_BYTES);
  }
}
