package dev.quern.catalog.meta;

import dev.quern.catalog.codec.ByteSink;
import dev.quern.catalog.kv.KvStore;
import dev.quern.catalog.kv.KvTxn;
import dev.quern.catalog.kv.KvTxnOptions;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The change tracking versions of a store's databases ("CHANGE_TRACKING_CURRENT_VERSION"): each
 * committed transaction that changed tracked tables gets the database's next version, as in SQL
 * Server, where versions are per commit.
 *
 * <p>Versions are given at commit: under one lock per store, the committing transaction takes the
 * next version, writes its {@link PendingChanges} into the {@link ChangeLog} with it and the new
 * version under {@code 00 0B database:u32}, and commits before the lock is released. So versions
 * grow in commit order, a version is visible only once committed, and a reader that sees version
 * n has seen every version below it. Transactions without tracked changes never take the lock.
 * Each version's commit time (epoch milliseconds) goes under {@code 00 0B database:u32 'T'
 * version:u64}, SQL Server's sys.syscommittab, for the retention cleanup ({@link ChangeCleanup}).
 */
final class ChangeVersions {
  static final byte RANGE = 0x0B;
  private static final byte COMMIT_TIME = 'T';

  private final KvStore store;
  private final ReentrantLock commitLock = new ReentrantLock();
  /** The last committed version per database (loaded under the lock on first use). */
  private final Map<Integer, Long> committed = new HashMap<>();
  /** The running transactions that wrote pending changes, and their tokens. */
  private final Map<KvTxn, Long> tokens = new ConcurrentHashMap<>();
  private final AtomicLong nextToken = new AtomicLong();

  ChangeVersions(KvStore store) {
    this.store = store;
  }

  static byte[] key(int databaseId) {
    return new ByteSink(6).put(SystemKeys.SYSTEM).put(RANGE).putInt(databaseId).toBytes();
  }

  /** Where the commit times of {@code databaseId}'s versions begin (version 0's place). */
  static byte[] commitTimes(int databaseId) {
    return commitTime(databaseId, 0);
  }

  static byte[] commitTime(int databaseId, long version) {
    return new ByteSink(15).put(key(databaseId)).put(COMMIT_TIME).putLong(version).toBytes();
  }

  /** The token naming {@code txn}'s pending changes; {@code txn} then commits through {@link #commit}. */
  long token(KvTxn txn) {
    return tokens.computeIfAbsent(txn, t -> nextToken.incrementAndGet());
  }

  /** {@code txn} ended without {@link #commit} (rolled back). */
  void forget(KvTxn txn) {
    if (!tokens.isEmpty()) {
      tokens.remove(txn);
    }
  }

  /** The last version committed in {@code databaseId} as {@code txn}'s snapshot sees it (0: none). */
  static long current(KvTxn txn, int databaseId) {
    byte[] v = txn.peek(key(databaseId)); // no lock: a locked read would stall every tracked commit
    return v == null ? 0 : ByteBuffer.wrap(v).getLong();
  }

  /** Commits {@code txn}, giving its tracked changes their versions first. */
  void commit(KvTxn txn) {
    Long token = tokens.isEmpty() ? null : tokens.remove(txn);
    if (token == null) {
      txn.commit();
      return;
    }
    commitLock.lock();
    try {
      List<PendingChanges.Pending> pending = PendingChanges.of(txn, token);
      Map<Integer, Long> versions = new HashMap<>();
      for (PendingChanges.Pending p : pending) {
        long version = versions.computeIfAbsent(p.databaseId(), db -> lastCommitted(db) + 1);
        if (p.tableId() != 0) { // 0: a version taken without a row change (TRUNCATE TABLE)
          ChangeLog.write(txn, p.tableId(), version, p.key(), p.change());
        }
        txn.delete(p.storeKey());
      }
      byte[] now = ByteBuffer.allocate(8).putLong(System.currentTimeMillis()).array();
      versions.forEach((db, v) -> {
        txn.put(key(db), ByteBuffer.allocate(8).putLong(v).array());
        txn.put(commitTime(db, v), now);
      });
      txn.commit();
      committed.putAll(versions);
    } finally {
      commitLock.unlock();
    }
  }

  /** Under the lock: the database's last committed version, read from the store the first time. */
  private long lastCommitted(int databaseId) {
    Long known = committed.get(databaseId);
    if (known != null) {
      return known;
    }
    try (KvTxn read = store.begin(KvTxnOptions.DEFAULT)) {
      long v = current(read, databaseId);
      committed.put(databaseId, v);
      return v;
    }
  }
}
