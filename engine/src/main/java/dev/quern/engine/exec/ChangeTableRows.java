package dev.quern.engine.exec;

import dev.quern.catalog.kv.KvTxn;
import dev.quern.catalog.meta.ChangeLog;
import dev.quern.catalog.meta.ChangeTrackingTable;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.meta.TrackedKey;
import dev.quern.engine.plan.ChangeTableNode;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.ResolvedTable;
import java.nio.ByteBuffer;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * The rows of CHANGETABLE, read from the {@link ChangeLog} in the running statement's snapshot,
 * and the values of CHANGE_TRACKING_CURRENT_VERSION and CHANGE_TRACKING_MIN_VALID_VERSION.
 *
 * <p>SYS_CHANGE_COLUMNS is Quern's own encoding, as SQL Server's is opaque: the number of columns
 * (u32) then their ids (u32 each), at least 8 bytes; only CHANGE_TRACKING_IS_COLUMN_IN_MASK reads it.
 */
public final class ChangeTableRows {
  private ChangeTableRows() {}

  /**
   * CHANGES since {@code since} (NULL: every change kept), pulled as the caller reads: the scan is
   * closed with the statement's cursors (it may stop early, under TOP).
   */
  public static Iterator<Object[]> changes(SessionState state, ChangeTableNode node, Long since) {
    ResolvedTable t = node.table();
    KvTxn txn = state.store().txn(t.catalog());
    ChangeLog.NetChanges changes = ChangeLog.changesSince(txn, t.table().id(), since == null ? -1 : since,
        TrackedKey.of(t.table()).layout());
    state.store().track(changes);
    return new Iterator<>() {
      private ChangeLog.NetChange ahead = changes.next();

      @Override
      public boolean hasNext() {
        return ahead != null;
      }

      @Override
      public Object[] next() {
        ChangeLog.NetChange c = ahead;
        ahead = changes.next();
        return row(c);
      }
    };
  }

  private static Object[] row(ChangeLog.NetChange c) {
    Object[] row = new Object[5 + c.key().length];
    row[0] = c.version();
    row[1] = c.creationVersion();
    row[2] = String.valueOf(c.operation());
    row[3] = c.columns() == null ? null : mask(c.columns());
    row[4] = c.context();
    System.arraycopy(c.key(), 0, row, 5, c.key().length);
    return row;
  }

  /** VERSION: the latest change of the row {@code key} (NULL version when none is kept). */
  public static List<Object[]> version(SessionState state, ChangeTableNode node, Object[] key) {
    ResolvedTable t = node.table();
    KvTxn txn = state.store().txn(t.catalog());
    TrackedKey tracked = TrackedKey.of(t.table());
    boolean nullKey = java.util.Arrays.stream(key).anyMatch(java.util.Objects::isNull);
    ChangeLog.LatestChange latest = nullKey ? new ChangeLog.LatestChange(null, null)
        : ChangeLog.latest(txn, t.table().id(), tracked.encode(key), tracked.layout());
    Object[] row = new Object[2 + key.length];
    row[0] = latest.version();
    row[1] = latest.context();
    System.arraycopy(key, 0, row, 2, key.length);
    return List.<Object[]>of(row);
  }

  static byte[] mask(int[] columns) {
    ByteBuffer b = ByteBuffer.allocate(Math.max(8, 4 + 4 * columns.length)).putInt(columns.length);
    for (int c : columns) {
      b.putInt(c);
    }
    return b.array();
  }

  /** Whether {@code mask} lists {@code columnId}; null when the mask is not one of {@link #mask}'s. */
  public static Boolean inMask(int columnId, byte[] mask) {
    if (mask.length < 8 || (mask.length - 4) % 4 != 0) {
      return null;
    }
    ByteBuffer b = ByteBuffer.wrap(mask);
    int n = b.getInt();
    if (n < 0 || 4 + 4L * n > mask.length) {
      return null;
    }
    for (int i = 0; i < n; i++) {
      if (b.getInt() == columnId) {
        return true;
      }
    }
    return false;
  }

  /** CHANGE_TRACKING_CURRENT_VERSION(): null when the current database does not track changes. */
  public static Long currentVersion(SessionState state) {
    var db = state.server().databases().byName(state.databaseName());
    if (db.isEmpty()) {
      return null;
    }
    var catalog = state.store().storage().catalog(db.get().id());
    var record = state.store().metadata(catalog).database(db.get().id());
    if (record.isEmpty() || !ChangeTrackingDdl.tracking(record.get())) {
      return null;
    }
    if (state.store().inStatement()) {
      return catalog.changeTrackingVersion(state.store().txn(catalog), db.get().id());
    }
    // A SELECT without a table runs outside a store statement: read the latest committed version.
    try (var read = catalog.store().begin(dev.quern.catalog.kv.KvTxnOptions.DEFAULT)) {
      return catalog.changeTrackingVersion(read, db.get().id());
    }
  }

  /** CHANGE_TRACKING_MIN_VALID_VERSION(object_id): null when the table is not tracked. */
  public static Long minValidVersion(SessionState state, int objectId) {
    var db = state.server().databases().byName(state.databaseName());
    if (db.isEmpty()) {
      return null;
    }
    var m = state.store().metadata(state.store().storage().catalog(db.get().id()));
    Optional<Table> table = m.table(objectId);
    ChangeTrackingTable tracking = table.isPresent() ? m.changeTracking(objectId) : null;
    return tracking == null ? null : tracking.minValidVersion();
  }
}
