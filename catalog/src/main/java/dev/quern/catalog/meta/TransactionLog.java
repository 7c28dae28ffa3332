package dev.quern.catalog.meta;

import dev.quern.catalog.codec.ByteSink;
import dev.quern.catalog.codec.ByteSource;
import dev.quern.catalog.codec.KeyBytes;
import dev.quern.catalog.kv.KvIterator;
import dev.quern.catalog.kv.KvStore;
import dev.quern.catalog.kv.KvTxn;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The logical transaction logs of a store's databases ("Transaction log backups", "Differential
 * backups"): for a database whose {@link LogState} says so, each committed transaction's row
 * changes ({@link LogRecord}) and the tables it changed (the differential marks), written in the
 * transaction's own commit, so a crash never keeps one without the other.
 *
 * <p>Layout: pending operations under {@code 00 30 token:u64 seq:u32} (value: database u32, op),
 * written in the transaction as it changes rows (a rollback to a savepoint takes them away); per
 * database under {@code 00 31 database:u32}: {@code 'N'} the last LSN given, {@code 'S'} the
 * {@link LogState}, {@code 'R' lsn:u64} the log records, {@code 'M' table:u32} the LSN of the last
 * commit that changed the table, {@code 'X'} a restoring database's {@link RestoreChain}.
 *
 * <p>LSNs are given at commit under one lock per store, as {@link ChangeVersions} gives versions:
 * the next LSN of the database is {@code max(last + 1, now in microseconds)} (monotonic per
 * database, comparable in time across databases, as the backup history's LSNs always were); the
 * commit writes the record, the marks and the new last LSN and commits before the lock is released,
 * so LSNs grow in commit order and a snapshot that sees LSN n sees every commit below it.
 * Databases that neither log nor track (SIMPLE recovery without a differential base, or never
 * backed up) never take the lock and pay one map lookup per opened table.
 */
public final class TransactionLog {
  static final byte PENDING = 0x30;
  static final byte RANGE = 0x31;
  private static final byte LAST_LSN = 'N';
  private static final byte STATE = 'S';
  private static final byte RECORD = 'R';
  private static final byte MARK = 'M';
  private static final byte CHAIN = 'X';

  /** A transaction's pending operations: its token and the tables it changed, per database. */
  private static final class Pending {
    final long token;
    final AtomicLong seq = new AtomicLong();
    final Map<Integer, Set<Integer>> touched = new ConcurrentHashMap<>();

    Pending(long token) {
      this.token = token;
    }
  }

  private final KvStore store;
  private final ReentrantLock lock = new ReentrantLock();
  private final Map<Integer, LogState> states = new ConcurrentHashMap<>();
  private final Map<Integer, Long> lastLsns = new HashMap<>();
  private final Map<KvTxn, Pending> pending = new ConcurrentHashMap<>();
  private final AtomicLong nextToken = new AtomicLong();

  TransactionLog(KvStore store) {
    this.store = store;
  }

  /** The database's log state (cached; read from the store the first time). */
  public LogState state(int databaseId) {
    LogState s = states.get(databaseId);
    if (s != null) {
      return s;
    }
    try (KvTxn t = store.beginReadOnly()) {
      byte[] v = t.peek(key(databaseId, STATE));
      LogState read = v == null ? LogState.NONE : LogState.decode(v);
      states.putIfAbsent(databaseId, read);
      return read;
    }
  }

  /** What records {@code table}'s changes, or null when its database neither logs nor tracks. */
  RowChanges recorder(KvTxn txn, int databaseId, Table table) {
    return state(databaseId).active() ? new LogRecorder(this, txn, databaseId, table) : null;
  }

  /** A row change of {@code table}: noted, and its operation pending in {@code txn} while logging. */
  void touched(KvTxn txn, int databaseId, int tableId, Supplier<byte[]> op) {
    LogState s = state(databaseId);
    if (!s.active()) {
      return;
    }
    Pending p = pending.computeIfAbsent(txn, t -> new Pending(nextToken.incrementAndGet()));
    p.touched.computeIfAbsent(databaseId, d -> ConcurrentHashMap.newKeySet()).add(tableId);
    if (s.logging()) {
      byte[] bytes = op.get();
      txn.putCovered(new ByteSink(14).put(SystemKeys.SYSTEM).put(PENDING).putLong(p.token)
          .putInt((int) p.seq.getAndIncrement()).toBytes(), new ByteSink(4 + bytes.length).putInt(databaseId)
          .put(bytes).toBytes());
    }
  }

  /** {@code txn} ended without a commit. */
  void forget(KvTxn txn) {
    if (!pending.isEmpty()) {
      pending.remove(txn);
    }
  }

  /**
   * Commits {@code txn} through {@code commit}, first giving each database it changed that logs or
   * tracks its next LSN, its log record and its marks.
   */
  void commit(KvTxn txn, Runnable commit) {
    Pending p = pending.isEmpty() ? null : pending.remove(txn);
    if (p == null) {
      commit.run();
      return;
    }
    lock.lock();
    try {
      Map<Integer, ByteSink> ops = takePending(txn, p.token);
      Map<Integer, Long> given = new HashMap<>();
      long now = System.currentTimeMillis();
      for (Map.Entry<Integer, Set<Integer>> e : p.touched.entrySet()) {
        int db = e.getKey();
        LogState s = state(db);
        if (!s.active()) {
          continue;
        }
        long lsn = nextLsn(db);
        given.put(db, lsn);
        if (s.logging() && ops.containsKey(db)) {
          txn.put(recordKey(db, lsn), new LogRecord(lsn, now, ops.get(db).toBytes()).encode());
        }
        if (s.tracking()) {
          for (int table : e.getValue()) {
            txn.put(markKey(db, table), longBytes(lsn));
          }
        }
        txn.put(key(db, LAST_LSN), longBytes(lsn));
      }
      commit.run();
      lastLsns.putAll(given);
    } finally {
      lock.unlock();
    }
  }

  /** The transaction's pending operations by database, in the order made, deleted from it. */
  private static Map<Integer, ByteSink> takePending(KvTxn txn, long token) {
    byte[] prefix = new ByteSink(10).put(SystemKeys.SYSTEM).put(PENDING).putLong(token).toBytes();
    Map<Integer, ByteSink> ops = new LinkedHashMap<>();
    List<byte[]> keys = new ArrayList<>();
    try (KvIterator it = txn.peekScan(prefix, KeyBytes.prefixEnd(prefix), false)) {
      while (it.next()) {
        keys.add(it.key());
        byte[] v = it.value();
        int db = ByteBuffer.wrap(v).getInt();
        ops.computeIfAbsent(db, d -> new ByteSink(256)).put(v, 4, v.length - 4);
      }
    }
    keys.forEach(txn::delete);
    return ops;
  }

  /** Under the lock: the database's next LSN. */
  private long nextLsn(int databaseId) {
    long last = lastLsns.computeIfAbsent(databaseId, db -> {
      try (KvTxn t = store.beginReadOnly()) {
        return lastLsn(t, db);
      }
    });
    return Math.max(last + 1, System.currentTimeMillis() * 1000);
  }

  /** The last LSN given in {@code databaseId} as {@code txn} sees it (0: none). */
  public static long lastLsn(KvTxn txn, int databaseId) {
    byte[] v = txn.peek(key(databaseId, LAST_LSN));
    return v == null ? 0 : ByteBuffer.wrap(v).getLong();
  }

  /**
   * A backup's checkpoint: the database's next LSN, committed, with {@code change} applied to its
   * state in the same commit (a full backup starts the log chain and the differential base here).
   * Returns the LSN.
   */
  public long checkpoint(int databaseId, java.util.function.LongFunction<java.util.function.UnaryOperator<LogState>> change) {
    lock.lock();
    try (KvTxn t = store.begin()) {
      long lsn = nextLsn(databaseId);
      LogState s = change.apply(lsn).apply(state(databaseId));
      t.put(key(databaseId, LAST_LSN), longBytes(lsn));
      t.put(key(databaseId, STATE), s.encode());
      t.commit();
      lastLsns.put(databaseId, lsn);
      states.put(databaseId, s);
      return lsn;
    } finally {
      lock.unlock();
    }
  }

  /** Replaces the database's state (under the lock, committed at once). */
  public void update(int databaseId, java.util.function.UnaryOperator<LogState> change) {
    lock.lock();
    try (KvTxn t = store.begin()) {
      LogState s = change.apply(state(databaseId));
      t.put(key(databaseId, STATE), s.encode());
      t.commit();
      states.put(databaseId, s);
    } finally {
      lock.unlock();
    }
  }

  /** A full backup's start: the log chain begins (FULL, BULK_LOGGED) and, unless COPY_ONLY, the base moves. */
  public static java.util.function.LongFunction<java.util.function.UnaryOperator<LogState>> fullBackup(
      boolean keepsLog, boolean copyOnly) {
    return lsn -> s -> {
      LogState next = s;
      if (keepsLog && !s.logging()) {
        next = next.withLogging(true, lsn);
      }
      if (!copyOnly) {
        next = next.withFullBackup(lsn).withBase(Long.MAX_VALUE, lsn);
      }
      return next;
    };
  }

  /** The base's LastLSN, known once the full backup's snapshot is read: marks from it on are changes. */
  public static java.util.function.UnaryOperator<LogState> baseAt(long lastLsn, long checkpoint) {
    return s -> s.diffBaseCheckpointLsn() == checkpoint ? s.withBase(lastLsn, checkpoint) : s;
  }

  /** A log backup through {@code lastLsn} (exclusive): the next one begins there. */
  public static java.util.function.UnaryOperator<LogState> logBackedUp(long lastLsn) {
    return s -> s.withLogBackup(lastLsn);
  }

  /** The log records with {@code from <= lsn < to}, in LSN order, as {@code txn} sees them. */
  public static void records(KvTxn txn, int databaseId, long from, long to, Consumer<LogRecord> sink) {
    try (KvIterator it = txn.peekScan(recordKey(databaseId, from), recordKey(databaseId, to), false)) {
      while (it.next()) {
        sink.accept(LogRecord.decode(it.value()));
      }
    }
  }

  /** The log's records and bytes now (DBCC SQLPERF(LOGSPACE), log_reuse_wait_desc). */
  public static long[] size(KvTxn txn, int databaseId) {
    long[] n = new long[2];
    try (KvIterator it = txn.peekScan(recordKey(databaseId, 0), recordKey(databaseId, -1L), false)) {
      while (it.next()) {
        n[0]++;
        n[1] += it.key().length + it.value().length;
      }
    }
    return n;
  }

  /** Whether log records wait for a log backup (log_reuse_wait_desc LOG_BACKUP). */
  public static boolean hasRecords(KvTxn txn, int databaseId) {
    try (KvIterator it = txn.peekScan(recordKey(databaseId, 0), recordKey(databaseId, -1L), false)) {
      return it.next();
    }
  }

  /** Deletes the records below {@code to} (a log backup's truncation), committed at once. */
  public void truncate(int databaseId, long to) {
    store.reclaimRange(recordKey(databaseId, 0), recordKey(databaseId, to));
  }

  /** SET RECOVERY SIMPLE: the log is dropped and the chain broken until the next full backup. */
  public void stopLogging(int databaseId) {
    if (!state(databaseId).logging()) {
      return;
    }
    update(databaseId, s -> s.withLogging(false, 0));
    store.reclaimRange(recordKey(databaseId, 0), recordKey(databaseId, -1L));
  }

  /** The tables changed by commits at or after {@code lsn}, as {@code txn} sees the marks. */
  public static Set<Integer> changedTables(KvTxn txn, int databaseId, long lsn) {
    Set<Integer> out = new LinkedHashSet<>();
    byte[] from = new ByteSink(7).put(key(databaseId, MARK)).toBytes();
    try (KvIterator it = txn.peekScan(from, KeyBytes.prefixEnd(from), false)) {
      while (it.next()) {
        if (ByteBuffer.wrap(it.value()).getLong() >= lsn) {
          out.add(ByteBuffer.wrap(it.key(), it.key().length - 4, 4).getInt());
        }
      }
    }
    return out;
  }

  /** A dropped database's log, marks and state go in {@code txn}; its cache entries at once. */
  void dropped(KvTxn txn, int databaseId) {
    byte[] from = database(databaseId);
    List<byte[]> keys = new ArrayList<>();
    try (KvIterator it = txn.peekScan(from, KeyBytes.prefixEnd(from), false)) {
      while (it.next()) {
        keys.add(it.key());
      }
    }
    keys.forEach(txn::delete);
    states.remove(databaseId);
    lock.lock();
    try {
      lastLsns.remove(databaseId);
    } finally {
      lock.unlock();
    }
  }

  /** A restoring database's chain, if it is restoring. */
  public static java.util.Optional<RestoreChain> chain(KvTxn txn, int databaseId) {
    byte[] v = txn.peek(key(databaseId, CHAIN));
    return v == null ? java.util.Optional.empty() : java.util.Optional.of(RestoreChain.decode(v));
  }

  public static void saveChain(KvTxn txn, int databaseId, RestoreChain chain) {
    txn.put(key(databaseId, CHAIN), chain.encode());
  }

  public static void clearChain(KvTxn txn, int databaseId) {
    txn.delete(key(databaseId, CHAIN));
  }

  /** A restored database starts its log at the LSN it was restored to. */
  public void restored(KvTxn txn, int databaseId, long lsn) {
    txn.put(key(databaseId, LAST_LSN), longBytes(lsn));
    txn.put(key(databaseId, STATE), LogState.NONE.encode());
    states.remove(databaseId);
    lock.lock();
    try {
      lastLsns.remove(databaseId);
    } finally {
      lock.unlock();
    }
  }

  private static byte[] database(int databaseId) {
    return new ByteSink(6).put(SystemKeys.SYSTEM).put(RANGE).putInt(databaseId).toBytes();
  }

  private static byte[] key(int databaseId, byte kind) {
    return new ByteSink(7).put(database(databaseId)).put(kind).toBytes();
  }

  private static byte[] recordKey(int databaseId, long lsn) {
    return new ByteSink(15).put(key(databaseId, RECORD)).putLong(lsn).toBytes();
  }

  private static byte[] markKey(int databaseId, int tableId) {
    return new ByteSink(11).put(key(databaseId, MARK)).putInt(tableId).toBytes();
  }

  private static byte[] longBytes(long v) {
    return ByteBuffer.allocate(8).putLong(v).array();
  }

  static long readLong(ByteSource in) {
    return in.getLong();
  }
}
