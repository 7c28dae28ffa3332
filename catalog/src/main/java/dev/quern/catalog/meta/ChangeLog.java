package dev.quern.catalog.meta;

import dev.quern.catalog.codec.ByteSink;
import dev.quern.catalog.codec.KeyBytes;
import dev.quern.catalog.codec.RowLayout;
import dev.quern.catalog.kv.KvIterator;
import dev.quern.catalog.kv.KvTxn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The committed changes of change-tracked tables, each in two orders under {@code 00 09 table:u32}:
 * by version ({@code 'V' version:u64 key}), so the changes since a version are one ordered scan,
 * and by primary key ({@code 'K' key version:u64}), so a row's history and latest version are a
 * seek. {@code key} is the primary key's memcomparable form; both entries hold the {@link
 * ChangeRow}. Committed versions only: a transaction's changes wait in {@link PendingChanges}.
 * Reads take no locks ({@code peekScan}): a reader that locked the log under REPEATABLE READ or
 * SERIALIZABLE would make the next tracked commit wait for it while holding the version lock.
 */
public final class ChangeLog {
  static final byte RANGE = 0x09;
  private static final byte BY_VERSION = 'V';
  private static final byte BY_KEY = 'K';

  /** A row's net change since a version (CHANGETABLE(CHANGES …)). */
  public record NetChange(long version, Long creationVersion, char operation, int[] columns, byte[] context,
      Object[] key) {}

  /** A row's latest change (CHANGETABLE(VERSION …)); null version when none is kept. */
  public record LatestChange(Long version, byte[] context) {}

  private ChangeLog() {}

  static byte[] tablePrefix(int tableId) {
    return new ByteSink(6).put(SystemKeys.SYSTEM).put(RANGE).putInt(tableId).toBytes();
  }

  private static byte[] byVersion(int tableId, long version, byte[] key) {
    return new ByteSink(16 + key.length).put(tablePrefix(tableId)).put(BY_VERSION).putLong(version).put(key).toBytes();
  }

  private static byte[] byKey(int tableId, byte[] key, long version) {
    return new ByteSink(16 + key.length).put(keyPrefix(tableId, key)).putLong(version).toBytes();
  }

  private static byte[] keyPrefix(int tableId, byte[] key) {
    return new ByteSink(8 + key.length).put(tablePrefix(tableId)).put(BY_KEY).put(key).toBytes();
  }

  /** Writes one committed change (at commit, under {@link ChangeVersions}' lock). */
  static void write(KvTxn txn, int tableId, long version, byte[] key, byte[] change) {
    txn.put(byVersion(tableId, version, key), change);
    txn.put(byKey(tableId, key, version), change);
  }

  /** Receives the committed changes of a table in version order ({@link #export}). */
  @FunctionalInterface
  interface ChangeSink {
    void change(long version, byte[] key, byte[] change);
  }

  /** Every change kept for {@code tableId}, in version order (BACKUP). */
  static void export(KvTxn txn, int tableId, ChangeSink sink) {
    byte[] prefix = new ByteSink(7).put(tablePrefix(tableId)).put(BY_VERSION).toBytes();
    try (KvIterator it = txn.peekScan(prefix, KeyBytes.prefixEnd(prefix), false)) {
      while (it.next()) {
        byte[] k = it.key();
        sink.change(readLong(k, prefix.length), Arrays.copyOfRange(k, prefix.length + 8, k.length), it.value());
      }
    }
  }

  /** Deletes every change of {@code tableId} (DISABLE CHANGE_TRACKING, TRUNCATE, DROP). */
  static void clear(KvTxn txn, int tableId) {
    byte[] from = tablePrefix(tableId);
    deleteAll(txn, from, KeyBytes.prefixEnd(from));
  }

  /** Deletes every key in [{@code from}, {@code to}) in {@code txn}, read without locks. */
  static void deleteAll(KvTxn txn, byte[] from, byte[] to) {
    List<byte[]> keys = new ArrayList<>();
    try (KvIterator it = txn.peekScan(from, to, false)) {
      while (it.next()) {
        keys.add(it.key());
      }
    }
    keys.forEach(txn::delete);
  }

  /**
   * Deletes at most {@code limit} changes of {@code tableId} with a version at or below {@code
   * through}, oldest first, both their entries; returns how many (change tracking's cleanup, after
   * the table's minimum valid version moved past them).
   */
  public static int deleteThrough(KvTxn txn, int tableId, long through, int limit) {
    byte[] prefix = new ByteSink(7).put(tablePrefix(tableId)).put(BY_VERSION).toBytes();
    byte[] to = new ByteSink(15).put(prefix).putLong(through + 1).toBytes();
    List<byte[]> keys = new ArrayList<>();
    try (KvIterator it = txn.peekScan(prefix, to, false)) {
      while (keys.size() / 2 < limit && it.next()) {
        byte[] k = it.key();
        keys.add(k);
        keys.add(byKey(tableId, Arrays.copyOfRange(k, prefix.length + 8, k.length), readLong(k, prefix.length)));
      }
    }
    keys.forEach(txn::delete);
    return keys.size() / 2;
  }

  /**
   * The net change of every row changed after {@code since}, in the order of their latest
   * versions, read as they are pulled. A row's operation is D when its latest change deletes it, I
   * when it was inserted after {@code since}, else U; its columns are the union of its updates'
   * (only for U).
   */
  public static NetChanges changesSince(KvTxn txn, int tableId, long since, RowLayout keyLayout) {
    return new NetChanges(txn, tableId, since, keyLayout);
  }

  /** The net changes since a version, one per row, pulled from an ordered scan of the log. */
  public static final class NetChanges implements AutoCloseable {
    private final KvTxn txn;
    private final int tableId;
    private final long since;
    private final RowLayout keyLayout;
    private final int prefixLength;
    private final KvIterator versions;

    private NetChanges(KvTxn txn, int tableId, long since, RowLayout keyLayout) {
      this.txn = txn;
      this.tableId = tableId;
      this.since = since;
      this.keyLayout = keyLayout;
      byte[] prefix = new ByteSink(7).put(tablePrefix(tableId)).put(BY_VERSION).toBytes();
      this.prefixLength = prefix.length;
      byte[] from = new ByteSink(15).put(prefix).putLong(since + 1).toBytes();
      this.versions = txn.peekScan(from, KeyBytes.prefixEnd(prefix), false);
    }

    /** The next row's net change, or null after the last. */
    public NetChange next() {
      while (versions.next()) {
        byte[] k = versions.key();
        long version = readLong(k, prefixLength);
        byte[] key = Arrays.copyOfRange(k, prefixLength + 8, k.length);
        NetChange net = netOf(txn, tableId, key, version, since, keyLayout);
        if (net != null) {
          return net;
        }
      }
      return null;
    }

    @Override
    public void close() {
      versions.close();
    }
  }

  /** The row's net change if {@code version} is its latest, else null (its latest comes later). */
  private static NetChange netOf(KvTxn txn, int tableId, byte[] key, long version, long since, RowLayout keyLayout) {
    byte[] prefix = keyPrefix(tableId, key);
    Long creation = null;
    ChangeRow last = null;
    int[] columns = new int[0];
    boolean allColumns = false;
    try (KvIterator it = txn.peekScan(prefix, KeyBytes.prefixEnd(prefix), false)) {
      while (it.next()) {
        long v = readLong(it.key(), prefix.length);
        if (v > version) {
          return null;
        }
        ChangeRow c = ChangeRow.decode(it.value(), keyLayout);
        if (c.operation() == 'I') {
          creation = v;
        }
        if (v > since) {
          if (c.operation() == 'U') {
            allColumns |= c.columns() == null;
            columns = allColumns ? null : ChangeRow.union(columns, c.columns());
          }
          last = c;
        }
      }
    }
    if (last == null) {
      return null;
    }
    char op = last.operation() == 'D' ? 'D' : creation != null && creation > since ? 'I' : 'U';
    return new NetChange(version, creation, op, op == 'U' ? columns : null, last.context(), last.key());
  }

  /** The latest change kept for the row whose primary key is {@code key}. */
  public static LatestChange latest(KvTxn txn, int tableId, byte[] key, RowLayout keyLayout) {
    byte[] prefix = keyPrefix(tableId, key);
    try (KvIterator it = txn.peekScan(prefix, KeyBytes.prefixEnd(prefix), true)) {
      if (!it.next()) {
        return new LatestChange(null, null);
      }
      return new LatestChange(readLong(it.key(), prefix.length), ChangeRow.decode(it.value(), keyLayout).context());
    }
  }

  private static long readLong(byte[] b, int at) {
    long v = 0;
    for (int i = 0; i < 8; i++) {
      v = (v << 8) | (b[at + i] & 0xFF);
    }
    return v;
  }
}
