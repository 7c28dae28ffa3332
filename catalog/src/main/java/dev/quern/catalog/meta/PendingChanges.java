package dev.quern.catalog.meta;

import dev.quern.catalog.codec.ByteSink;
import dev.quern.catalog.codec.KeyBytes;
import dev.quern.catalog.kv.KvIterator;
import dev.quern.catalog.kv.KvTxn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A transaction's changes to change-tracked tables, before its commit gives them a version: under
 * {@code 00 0A token:u64 table:u32 key}, the value {@code database:u32} then the {@link ChangeRow}.
 * Written in the transaction itself, so a rolled-back statement or savepoint takes its changes
 * with it and a commit moves what is left into the {@link ChangeLog}. {@code token} names the
 * transaction among those running ({@link ChangeVersions#token}).
 */
final class PendingChanges {
  static final byte RANGE = 0x0A;

  /** One pending change: where it goes and its stored form. */
  record Pending(byte[] storeKey, int databaseId, int tableId, byte[] key, byte[] change) {}

  private PendingChanges() {}

  static byte[] key(long token, int tableId, byte[] key) {
    return new ByteSink(16 + key.length).put(prefix(token)).putInt(tableId).put(key).toBytes();
  }

  static byte[] value(int databaseId, byte[] change) {
    return new ByteSink(4 + change.length).putInt(databaseId).put(change).toBytes();
  }

  /** The stored change of a pending value (after its database id). */
  static byte[] change(byte[] value) {
    return Arrays.copyOfRange(value, 4, value.length);
  }

  private static byte[] prefix(long token) {
    return new ByteSink(10).put(SystemKeys.SYSTEM).put(RANGE).putLong(token).toBytes();
  }

  /** The transaction's pending changes, in key order. */
  static List<Pending> of(KvTxn txn, long token) {
    byte[] prefix = prefix(token);
    List<Pending> out = new ArrayList<>();
    try (KvIterator it = txn.peekScan(prefix, KeyBytes.prefixEnd(prefix), false)) {
      while (it.next()) {
        byte[] k = it.key();
        byte[] v = it.value();
        int table = readInt(k, prefix.length);
        out.add(new Pending(k, readInt(v, 0), table, Arrays.copyOfRange(k, prefix.length + 4, k.length), change(v)));
      }
    }
    return out;
  }

  private static int readInt(byte[] b, int at) {
    return (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
  }
}
