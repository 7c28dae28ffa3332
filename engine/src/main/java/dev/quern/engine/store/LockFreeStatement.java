package dev.quern.engine.store;

import dev.quern.catalog.kv.KvTxn;
import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.LockFreeRead;
import dev.quern.catalog.meta.Metadata;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.meta.TableStore;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A statement that reads without a transaction: an autocommit read whose reads take no row locks
 * (READ UNCOMMITTED, READ COMMITTED, SNAPSHOT) and which must never wait (see {@link
 * StoreSession}). Per store it reads through one read-only transaction ({@code
 * KvStore.beginReadOnly}: no begin, no lock, no rollback), and the tables it reads are held stable
 * in memory ({@link Catalog#openWithoutLocks}) instead of by a shared lock on their definitions.
 *
 * <p>Its metadata is the store's latest committed metadata when that is known without a read, else
 * the metadata in the read-only transaction's snapshot; either way every table is proved to be the
 * stored definition when it is opened. What it cannot do (open a table a DDL holds or has changed)
 * it answers with null, and the caller gives the statement up.
 */
final class LockFreeStatement {
  /** Sized for the one store (rarely two) a statement reads. */
  private final Map<Catalog, KvTxn> reads = new IdentityHashMap<>(4);

  private final List<LockFreeRead> opened = new ArrayList<>(2);

  /**
   * The metadata the statement saw first in each store: it asks many times (binding, checking a
   * reused plan), and one statement binds against one metadata state, as in a transaction.
   */
  private final Map<Catalog, Metadata> seen = new IdentityHashMap<>(4);

  /** The metadata the statement binds against in {@code catalog}'s store. */
  Metadata metadata(Catalog catalog) {
    Metadata md = seen.get(catalog);
    if (md == null) {
      md = catalog.committedMetadata();
      if (md == null) {
        md = catalog.metadata(reads(catalog));
      }
      seen.put(catalog, md);
    }
    return md;
  }

  /** {@code table}'s rows, or null when it cannot be read without a lock now. */
  TableStore open(Catalog catalog, Table table, Supplier<TableStore.IndexFilter> filter) {
    LockFreeRead read = catalog.openWithoutLocks(reads(catalog), table, filter.get());
    if (read == null) {
      return null;
    }
    opened.add(read);
    return read.rows();
  }

  private KvTxn reads(Catalog catalog) {
    KvTxn txn = reads.get(catalog);
    if (txn == null) {
      txn = catalog.store().beginReadOnly();
      reads.put(catalog, txn);
    }
    return txn;
  }

  /** The statement ended: its tables are released (a waiting DDL may go on), its reads closed. */
  void close() {
    RuntimeException failure = null;
    for (LockFreeRead r : opened) {
      r.close();
    }
    opened.clear();
    for (KvTxn txn : reads.values()) {
      try {
        txn.close();
      } catch (RuntimeException e) {
        failure = e;
      }
    }
    reads.clear();
    seen.clear();
    if (failure != null) {
      throw failure;
    }
  }
}
