package dev.quern.catalog.meta;

import dev.quern.catalog.kv.KvTxn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Records the changes a transaction makes to one change-tracked table ("About Change Tracking"):
 * per primary key, the net operation of the transaction, the columns its updates changed (with
 * TRACK_COLUMNS_UPDATED) and the statement's CHANGE_TRACKING_CONTEXT, as {@link PendingChanges}
 * that the commit versions. An update that changes the primary key is a delete of the old key and
 * an insert of the new one, as in SQL Server.
 */
public final class ChangeRecorder {
  private final ChangeVersions versions;
  private final KvTxn txn;
  private final int databaseId;
  private final Table table;
  private final ChangeTrackingTable tracking;
  private final TrackedKey key;
  private final Supplier<byte[]> context;
  /** Positions of the columns an update may change (not computed, not in the key) and their ids. */
  private final int[] valuePositions;

  ChangeRecorder(ChangeVersions versions, KvTxn txn, int databaseId, Table table,
      ChangeTrackingTable tracking, Supplier<byte[]> context) {
    this.versions = versions;
    this.txn = txn;
    this.databaseId = databaseId;
    this.table = table;
    this.tracking = tracking;
    this.key = TrackedKey.of(table);
    this.context = context;
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < table.columns().size(); i++) {
      Column c = table.columns().get(i);
      boolean inKey = key.columns().stream().anyMatch(k -> k.columnId() == c.columnId());
      if (!inKey && (c.computed() == null || c.computed().persisted())) {
        positions.add(i);
      }
    }
    this.valuePositions = positions.stream().mapToInt(Integer::intValue).toArray();
  }

  void inserted(Object[] row) {
    record(new ChangeRow('I', null, context.get(), key.valuesOf(row)));
  }

  void deleted(Object[] row) {
    record(new ChangeRow('D', null, context.get(), key.valuesOf(row)));
  }

  void updated(Object[] oldRow, Object[] newRow) {
    Object[] oldKey = key.valuesOf(oldRow);
    Object[] newKey = key.valuesOf(newRow);
    if (!Arrays.equals(key.encode(oldKey), key.encode(newKey))) {
      deleted(oldRow);
      inserted(newRow);
      return;
    }
    record(new ChangeRow('U', changedColumns(oldRow, newRow), context.get(), newKey));
  }

  /** The ids of the columns whose values differ; null when not tracked or when all of them did. */
  private int[] changedColumns(Object[] oldRow, Object[] newRow) {
    if (!tracking.trackColumnsUpdated()) {
      return null;
    }
    List<Integer> ids = new ArrayList<>();
    for (int p : valuePositions) {
      if (!Objects.deepEquals(oldRow[p], newRow[p])) {
        ids.add(table.columns().get(p).columnId());
      }
    }
    return ids.size() == valuePositions.length ? null : ids.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Merges {@code change} into the transaction's pending change of the same row. */
  private void record(ChangeRow change) {
    byte[] storeKey = PendingChanges.key(versions.token(txn), table.id(), key.encode(change.key()));
    byte[] before = txn.peek(storeKey); // this transaction's own key: no lock needed
    ChangeRow merged = before == null
        ? change
        : ChangeRow.decode(PendingChanges.change(before), key.layout()).then(change);
    if (merged == null) {
      txn.delete(storeKey);
    } else {
      txn.put(storeKey, PendingChanges.value(databaseId, merged.encode(key.layout())));
    }
  }
}
