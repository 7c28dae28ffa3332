package dev.quern.engine.temporal;

import dev.quern.catalog.kv.KvException;
import dev.quern.catalog.kv.KvTxn;
import dev.quern.catalog.kv.KvTxnOptions;
import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.Database;
import dev.quern.catalog.meta.Metadata;
import dev.quern.catalog.meta.SystemTimePeriod;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.meta.TableStore;
import dev.quern.engine.session.Databases;
import dev.quern.engine.store.FilterPredicate;
import dev.quern.engine.store.Storage;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One pass of the temporal history retention cleanup, as SQL Server's background task does it:
 * in every database whose TEMPORAL_HISTORY_RETENTION is ON (the default), for every
 * system-versioned table with a finite HISTORY_RETENTION_PERIOD, the history rows whose period
 * ended before now (UTC) less the retention are deleted. Deletes go in transactions of at most
 * {@code batch} rows each, that wait for no lock longer than {@link #LOCK_WAIT_MILLIS}: a table a
 * user holds is left for the next pass, and no user waits long behind the cleanup.
 */
public final class HistoryRetention {
  /** How long a cleanup transaction waits for a lock before it gives the table up until the next pass. */
  static final long LOCK_WAIT_MILLIS = 100;

  private final Supplier<Storage> storage;
  private final Databases databases;
  private final Clock clock;
  private final int batch;

  public HistoryRetention(Supplier<Storage> storage, Databases databases, Clock clock, int batch) {
    this.storage = storage;
    this.databases = databases;
    this.clock = clock;
    this.batch = batch;
  }

  /**
   * Runs one pass over every database; returns the number of history rows deleted. Several
   * databases may share one catalog (as in memory): each catalog is read once, and each table
   * goes by the option of the database its schema belongs to.
   */
  public long run() {
    long deleted = 0;
    LocalDateTime now = LocalDateTime.now(clock.withZone(java.time.ZoneOffset.UTC));
    java.util.Set<Catalog> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (Databases.Database d : databases.all()) {
      Catalog catalog = storage.get().catalog(d.id());
      if (!seen.add(catalog)) {
        continue;
      }
      Metadata md;
      try (KvTxn txn = catalog.store().begin()) {
        md = catalog.metadata(txn);
      }
      for (SystemTimePeriod p : md.periods()) {
        Optional<LocalDateTime> cutoff = AgedRows.cutoff(p.retention(), now);
        if (p.versioned() && cutoff.isPresent() && enabled(md, p)) {
          deleted += clean(catalog, p, cutoff.get());
        }
      }
    }
    return deleted;
  }

  /** Whether TEMPORAL_HISTORY_RETENTION is ON (unless ALTER DATABASE set it OFF) for {@code p}'s database. */
  private static boolean enabled(Metadata md, SystemTimePeriod p) {
    Optional<Database> db = md.table(p.tableId()).flatMap(t -> md.schema(t.schemaId()))
        .flatMap(s -> md.database(s.databaseId()));
    return db.isPresent() && !"OFF".equals(db.get().options().get("TEMPORAL_HISTORY_RETENTION"));
  }

  /** Deletes the aged rows of {@code p}'s history table, batch by batch; a lock held elsewhere ends it. */
  private long clean(Catalog catalog, SystemTimePeriod p, LocalDateTime cutoff) {
    long deleted = 0;
    while (true) {
      int n;
      try (KvTxn txn = catalog.store().begin(KvTxnOptions.DEFAULT.withLockTimeout(LOCK_WAIT_MILLIS))) {
        Metadata md = catalog.metadata(txn);
        Optional<SystemTimePeriod> now = md.period(p.tableId());
        if (now.isEmpty() || now.get().historyTableId() != p.historyTableId()) {
          return deleted; // versioning changed since the pass began
        }
        Table current = md.table(p.tableId()).orElseThrow();
        Table history = md.table(p.historyTableId()).orElseThrow();
        TableStore rows = TableStore.openForWrite(catalog, txn, history, FilterPredicate.indexFilter(history), -1);
        n = AgedRows.delete(rows, history, current.position(p.endColumnId()), cutoff, batch);
        txn.commit();
      } catch (KvException | dev.quern.catalog.meta.StaleMetadataException e) {
        return deleted; // busy (lock timeout, deadlock, conflict) or just altered: the next pass tries again
      }
      deleted += n;
      if (n < batch) {
        return deleted;
      }
    }
  }
}
