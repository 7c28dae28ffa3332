package dev.quern.engine.exec.op;

import dev.quern.catalog.kv.KvIsolation;
import dev.quern.catalog.kv.ReadLocks;
import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.TableStore;
import dev.quern.engine.error.SqlErrors;

/** What SQL Server checks when a read with table hints that lock runs. */
public final class HintedReads {
  private HintedReads() {}

  /**
   * TABLOCKX: the read's table locked exclusively until the transaction ends, before the read
   * opens it (so its rows then take no locks of their own).
   */
  public static void lockTable(ReadLocks locks, dev.quern.engine.store.StoreSession session, Catalog catalog,
      dev.quern.catalog.meta.Table table) {
    if (locks.table()) {
      session.lockTableExclusively(catalog, table);
    }
  }

  /**
   * Error 650 for READPAST outside READ COMMITTED and REPEATABLE READ: it skips rows other
   * transactions lock, which a SERIALIZABLE read (its own level or HOLDLOCK) may not do and a READ
   * UNCOMMITTED or SNAPSHOT read never meets — unless, under SNAPSHOT, another hint makes it lock.
   */
  public static void check(ReadLocks locks, TableStore rows) {
    if (locks.whenLocked() != ReadLocks.Wait.SKIP_LOCKED) {
      return;
    }
    KvIsolation isolation = rows.isolation();
    boolean allowed =
        !locks.range()
            && (isolation == KvIsolation.READ_COMMITTED
                || isolation == KvIsolation.REPEATABLE_READ
                || (isolation == KvIsolation.SNAPSHOT && locks.rows() != ReadLocks.Rows.NONE));
    if (!allowed) {
      throw SqlErrors.READPAST_ISOLATION.raise();
    }
  }
}
