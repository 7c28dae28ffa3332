package dev.quern.engine.exec;

import dev.quern.catalog.kv.KvTxn;
import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.ChangeTrackingTable;
import dev.quern.catalog.meta.Database;
import dev.quern.catalog.meta.Index;
import dev.quern.engine.error.ChangeTrackingErrors;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.ResolvedTable;
import dev.quern.engine.store.Storage;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Enables and disables change tracking ("Enable and Disable Change Tracking"): a database's
 * settings are database options (CHANGE_TRACKING, CHANGE_RETENTION, AUTO_CLEANUP in its catalog
 * record), a table's are a {@link ChangeTrackingTable} record. A table starts at the database's
 * current version; TRUNCATE TABLE drops its changes and makes older versions invalid.
 */
final class ChangeTrackingDdl {
  static final Set<String> DATABASE_OPTIONS = Set.of("CHANGE_TRACKING", "CHANGE_RETENTION", "AUTO_CLEANUP");
  private static final String DEFAULT_RETENTION = "2 DAYS";

  private final SessionState state;

  ChangeTrackingDdl(SessionState state) {
    this.state = state;
  }

  /** Whether {@code db} has change tracking on. */
  static boolean tracking(Database db) {
    return "ON".equals(db.option("CHANGE_TRACKING", "OFF"));
  }

  /** ALTER DATABASE … SET CHANGE_TRACKING …: the database's options afterwards. */
  Database alterDatabase(Catalog catalog, KvTxn txn, Database db, Map<String, String> options) {
    if (!DATABASE_OPTIONS.containsAll(options.keySet())) {
      throw failed(ChangeTrackingErrors.COMBINED_WITH_OTHER_OPTIONS.raise());
    }
    if (Storage.SYSTEM_DATABASES.stream().anyMatch(n -> n.equalsIgnoreCase(db.name()))) {
      throw failed(ChangeTrackingErrors.SYSTEM_DATABASE.raise(db.name()));
    }
    String mode = options.get("CHANGE_TRACKING");
    boolean on = tracking(db);
    Map<String, String> all = new TreeMap<>(db.options());
    switch (mode) {
      case "ON" -> {
        if (on) {
          throw failed(ChangeTrackingErrors.DATABASE_ALREADY_TRACKED.raise(db.name()));
        }
        all.put("CHANGE_RETENTION", DEFAULT_RETENTION);
        all.put("AUTO_CLEANUP", "ON");
      }
      case "OFF" -> {
        if (!on) {
          throw failed(ChangeTrackingErrors.DATABASE_NOT_TRACKING_OFF.raise(db.name()));
        }
        if (!state.store().metadata(catalog).trackedTables(db.id()).isEmpty()) {
          throw failed(ChangeTrackingErrors.TABLES_STILL_TRACKED.raise(db.name()));
        }
        all.remove("CHANGE_RETENTION");
        all.remove("AUTO_CLEANUP");
      }
      default -> {
        if (!on) {
          throw failed(ChangeTrackingErrors.DATABASE_NOT_TRACKING_OPTIONS.raise(db.name()));
        }
      }
    }
    if (options.containsKey("CHANGE_RETENTION")) {
      checkRetention(options.get("CHANGE_RETENTION"));
      all.put("CHANGE_RETENTION", options.get("CHANGE_RETENTION"));
    }
    if (options.containsKey("AUTO_CLEANUP")) {
      all.put("AUTO_CLEANUP", options.get("AUTO_CLEANUP"));
    }
    all.put("CHANGE_TRACKING", mode.equals("SET") ? "ON" : mode);
    return new Database(db.id(), db.name(), db.collation(), all);
  }

  /** A retention of 1 to 2147483647 minutes (5092). */
  private static void checkRetention(String retention) {
    long minutes = dev.quern.engine.changetracking.ChangeRetention.minutes(retention);
    if (minutes < 1 || minutes > Integer.MAX_VALUE) {
      throw ChangeTrackingErrors.RETENTION_OUT_OF_RANGE.raise("CHANGE_RETENTION");
    }
  }

  private static RuntimeException failed(dev.quern.engine.error.SqlException e) {
    return SqlErrors.ALTER_DATABASE_FAILED.raise().precededBy(e);
  }

  /** ALTER TABLE … ENABLE CHANGE_TRACKING [WITH (TRACK_COLUMNS_UPDATED = …)]. */
  void enable(ResolvedTable t, boolean trackColumns) {
    if (!tracking(t.database())) {
      throw ChangeTrackingErrors.DATABASE_NOT_TRACKED.raise(t.database().name(), t.table().name());
    }
    KvTxn txn = state.store().txn(t.catalog());
    if (state.store().metadata(t.catalog()).changeTracking(t.table().id()) != null) {
      throw ChangeTrackingErrors.TABLE_ALREADY_TRACKED.raise(t.table().name());
    }
    if (t.table().indexes().stream().noneMatch(Index::primaryKey)) {
      throw ChangeTrackingErrors.NEEDS_PRIMARY_KEY.raise(t.table().name());
    }
    long current = t.catalog().changeTrackingVersion(txn, t.database().id());
    t.catalog().setChangeTracking(txn, t.table().id(),
        new ChangeTrackingTable(t.table().id(), trackColumns, current, current, 0), false);
    state.store().markDdl();
  }

  /** ALTER TABLE … DISABLE CHANGE_TRACKING: the table's changes go with it. */
  void disable(ResolvedTable t) {
    if (state.store().metadata(t.catalog()).changeTracking(t.table().id()) == null) {
      throw ChangeTrackingErrors.TABLE_NOT_TRACKED_FOR_DISABLE.raise(t.table().name());
    }
    t.catalog().setChangeTracking(state.store().txn(t.catalog()), t.table().id(), null, false);
    state.store().markDdl();
  }

  /**
   * TRUNCATE TABLE of a tracked table: no change per row is kept (as in SQL Server), so the
   * table's changes are dropped and its minimum valid version moves past every version synced
   * before: the truncation's own, which its commit takes.
   */
  void truncated(ResolvedTable t) {
    ChangeTrackingTable tracking = state.store().metadata(t.catalog()).changeTracking(t.table().id());
    if (tracking == null) {
      return;
    }
    KvTxn txn = state.store().txn(t.catalog());
    long next = t.catalog().changeTrackingVersion(txn, t.database().id()) + 1;
    t.catalog().setChangeTracking(txn, t.table().id(), tracking.validFrom(next), true);
    t.catalog().takeChangeVersion(txn, t.database().id());
  }
}
