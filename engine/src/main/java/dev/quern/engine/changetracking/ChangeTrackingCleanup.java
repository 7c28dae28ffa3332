package dev.quern.engine.changetracking;

import dev.quern.catalog.kv.KvException;
import dev.quern.catalog.kv.KvTxn;
import dev.quern.catalog.kv.KvTxnOptions;
import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.ChangeCleanup;
import dev.quern.catalog.meta.ChangeLog;
import dev.quern.catalog.meta.ChangeTrackingTable;
import dev.quern.catalog.meta.Database;
import dev.quern.catalog.meta.StaleMetadataException;
import dev.quern.engine.session.Databases;
import dev.quern.engine.store.Storage;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One pass of change tracking's auto cleanup, as SQL Server's background task does it: in every
 * database with CHANGE_TRACKING and AUTO_CLEANUP ON, the watermark is the last version committed
 * before now less the CHANGE_RETENTION; every tracked table's minimum valid version moves up to
 * it first (one short transaction, so no reader trusts a version whose changes are going), then
 * its changes at or below it are deleted in transactions of at most {@code batch}, then the
 * versions' commit times. Each transaction waits for no lock longer than {@link
 * #LOCK_WAIT_MILLIS}: what a user holds is left for the next pass, which finishes the work.
 */
public final class ChangeTrackingCleanup {
  /** How long a cleanup transaction waits for a lock before it leaves the rest to the next pass. */
  static final long LOCK_WAIT_MILLIS = 100;

  private final Supplier<Storage> storage;
  private final Databases databases;
  private final Clock clock;
  private final int batch;

  public ChangeTrackingCleanup(Supplier<Storage> storage, Databases databases, Clock clock, int batch) {
    this.storage = storage;
    this.databases = databases;
    this.clock = clock;
    this.batch = batch;
  }

  /** Runs one pass over every database; returns the number of changes deleted. */
  public long run() {
    long deleted = 0;
    for (Databases.Database d : databases.all()) {
      Catalog catalog = storage.get().catalog(d.id());
      Optional<Database> db;
      try (KvTxn txn = catalog.store().begin()) {
        db = catalog.metadata(txn).database(d.id());
      }
      if (db.isPresent() && autoCleanup(db.get())) {
        Long cutoff = ChangeRetention.cutoffMillis(db.get(), clock);
        if (cutoff != null) {
          deleted += clean(catalog, d.id(), cutoff);
        }
      }
    }
    return deleted;
  }

  private static boolean autoCleanup(Database db) {
    return "ON".equals(db.option("CHANGE_TRACKING", "OFF")) && "ON".equals(db.option("AUTO_CLEANUP", "OFF"));
  }

  private long clean(Catalog catalog, int databaseId, long cutoff) {
    long watermark;
    List<ChangeTrackingTable> tables;
    try (KvTxn txn = begin(catalog)) {
      watermark = ChangeCleanup.watermark(txn, databaseId, cutoff);
      if (watermark == 0) {
        return 0;
      }
      tables = catalog.metadata(txn).trackedTables(databaseId);
      for (ChangeTrackingTable t : tables) {
        invalidateThrough(catalog, txn, t, watermark);
      }
      txn.commit();
    } catch (KvException | StaleMetadataException e) {
      return 0; // busy or just altered: the next pass tries again
    }
    long deleted = 0;
    for (ChangeTrackingTable t : tables) {
      // Every table, not only those whose validity moved: a pass cut short left changes behind.
      int n;
      do {
        try (KvTxn txn = begin(catalog)) {
          n = ChangeLog.deleteThrough(txn, t.tableId(), watermark, batch);
          txn.commit();
        } catch (KvException e) {
          return deleted; // the commit times stay until every table is done
        }
        deleted += n;
      } while (n == batch);
    }
    try (KvTxn txn = begin(catalog)) {
      ChangeCleanup.forgetCommitTimes(txn, databaseId, watermark);
      txn.commit();
    } catch (KvException e) {
      // kept for the next pass, which computes the same watermark or a later one
    }
    return deleted;
  }

  private static KvTxn begin(Catalog catalog) {
    return catalog.store().begin(KvTxnOptions.DEFAULT.withLockTimeout(LOCK_WAIT_MILLIS));
  }

  /**
   * Moves {@code t}'s minimum valid version up to {@code watermark} in {@code txn}, unless it is
   * there already: a client that synchronised before it must start again.
   */
  public static boolean invalidateThrough(Catalog catalog, KvTxn txn, ChangeTrackingTable t, long watermark) {
    if (t.minValidVersion() >= watermark) {
      return false;
    }
    catalog.setChangeTracking(txn, t.tableId(), t.validFrom(watermark), false);
    return true;
  }
}
