package dev.quern.catalog.meta;

import dev.quern.catalog.codec.ByteSink;
import dev.quern.catalog.codec.KeyBytes;
import dev.quern.catalog.kv.KvIterator;
import dev.quern.catalog.kv.KvStore;
import dev.quern.catalog.kv.KvTxn;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
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
 * <p>Layout, per database under {@code 00 31 database:u32}: {@code 'O' token:u64 seq:u32} the
 * row operations of the transaction {@code token} names (a durable counter: unique across
 * restarts), written in the transaction as it changes rows, so a rollback (to a savepoint) takes
 * them away and a commit keeps them where they are; {@code 'R' lsn:u64} the commit record
 * (commit ms i64, token u64) that makes them a {@link LogRecord}; {@code 'N'} the last LSN given, {@code 'M' table:u32} the LSN of the last
 * commit that changed the table, {@code 'X'} a restoring database's {@link RestoreChain}; and
 * under {@code 00 32 database:u32} each database's {@link LogState} other than {@link
 * LogState#NONE} (cached; read only for databases marked {@link Database#TRANSACTION_LOG}).
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
  static final byte RANGE = 0x31;
  static final byte STATES = 0x32;
  private static final byte LAST_LSN = 'N';
  private static final byte OPS = 'O';
  private static final byte TOKEN_COUNTER = 'L';
  private static final byte RECORD = 'R';
  private static final byte MARK = 'M';
  private static final byte CHAIN = 'X';

  /** A transaction's pending operations: its token and the tables it changed, per database. */
  private static final class Pending {
    final long token;
    final AtomicLong seq = new AtomicLong();
    final Map<Integer, Set<Integer>> touched = new ConcurrentHashMap<>();
    /** Databases the transaction wrote row operations for. */
    final Set<Integer> withOps = ConcurrentHashMap.newKeySet();
    /** Databases whose definitions changed (DDL), with the tables created or altered. */
    final Map<Integer, Set<Integer>> ddl = new ConcurrentHashMap<>();

    Pending(long token) {
      this.token = token;
    }
  }

  private final KvStore store;
  private final Catalog catalog;
  private final ReentrantLock lock = new ReentrantLock();
  private final Map<Integer, LogState> states = new ConcurrentHashMap<>();
  private final Map<Integer, Long> lastLsns = new HashMap<>();
  private final Map<KvTxn, Pending> pending = new ConcurrentHashMap<>();

  TransactionLog(KvStore store, Catalog catalog) {
    this.store = store;
    this.catalog = catalog;
  }

  /**
   * The database's log state (cached). Read from the store only for a database whose record says it
   * has one ({@link Database#TRANSACTION_LOG}): the others cost no read outside the catalog, which
   * the engine reads anyway (a store whose files are damaged must still open for DBCC to report it).
   */
  public LogState state(int databaseId) {
    LogState s = states.get(databaseId);
    if (s != null) {
      return s;
    }
    try (KvTxn t = store.beginReadOnly()) {
      boolean kept = catalog.metadata(t).database(databaseId)
          .map(d -> d.options().containsKey(Database.TRANSACTION_LOG)).orElse(false);
      byte[] v = kept ? t.peek(stateKey(databaseId)) : null;
      LogState read = v == null ? LogState.NONE : LogState.decode(v);
      states.putIfAbsent(databaseId, read);
      return read;
    }
  }

  /** Whether every database with a state has been read ({@link #anyActive}). */
  private volatile boolean allRead;

  /** Whether any database logs or tracks: else DDL has nothing to note. */
  boolean anyActive() {
    if (!allRead) {
      try (KvTxn t = store.beginReadOnly()) {
        catalog.metadata(t).databases().stream().filter(d -> d.options().containsKey(Database.TRANSACTION_LOG))
            .forEach(d -> state(d.id()));
      }
      allRead = true;
    }
    return states.values().stream().anyMatch(LogState::active);
  }

  private static byte[] stateKey(int databaseId) {
    return new ByteSink(6).put(SystemKeys.SYSTEM).put(STATES).putInt(databaseId).toBytes();
  }

  private void cache(int databaseId, LogState s) {
    states.put(databaseId, s);
  }

  private long newToken() {
    return catalog.counters().next(SystemKeys.counter(TOKEN_COUNTER, 0), 1, 1000);
  }

  /** What records {@code table}'s changes, or null when its database neither logs nor tracks. */
  RowChanges recorder(KvTxn txn, int databaseId, Table table) {
    return state(databaseId).active() ? new LogRecorder(this, txn, databaseId, table) : null;
  }

  /**
   * A row change of {@code table}: noted, and its operation pending in {@code txn} while logging
   * ({@code op} may give null: a change with no operation of its own, such as a new definition).
   */
  void touched(KvTxn txn, int databaseId, int tableId, Supplier<byte[]> op) {
    LogState s = state(databaseId);
    if (!s.active()) {
      return;
    }
    Pending p = pending.computeIfAbsent(txn, t -> new Pending(newToken()));
    p.touched.computeIfAbsent(databaseId, d -> ConcurrentHashMap.newKeySet()).add(tableId);
    byte[] bytes = s.logging() ? op.get() : null;
    if (bytes != null) {
      p.withOps.add(databaseId);
      txn.putCovered(opKey(databaseId, p.token, (int) p.seq.getAndIncrement()), bytes);
    }
  }

  /**
   * An object created, altered or dropped in {@code txn} ({@code tableId}: a table created or
   * altered, else 0): a differential backup after its commit copies the table whole, and the
   * commit's log record carries the database's new definitions ({@link LogRecord#CATALOG}).
   */
  void definitionChanged(KvTxn txn, int databaseId, int tableId) {
    LogState s = state(databaseId);
    if (!s.active()) {
      return;
    }
    if (tableId != 0) {
      touched(txn, databaseId, tableId, () -> null);
    }
    if (s.logging()) {
      Pending p = pending.computeIfAbsent(txn, t -> new Pending(newToken()));
      p.touched.computeIfAbsent(databaseId, d -> ConcurrentHashMap.newKeySet());
      Set<Integer> tables = p.ddl.computeIfAbsent(databaseId, d -> ConcurrentHashMap.newKeySet());
      if (tableId != 0) {
        tables.add(tableId);
      }
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
      Map<Integer, Long> given = new HashMap<>();
      long now = System.currentTimeMillis();
      Metadata m = p.ddl.isEmpty() ? null : catalog.metadata(txn);
      for (Map.Entry<Integer, Set<Integer>> e : p.touched.entrySet()) {
        int db = e.getKey();
        LogState s = state(db);
        if (!s.active() || m != null && m.database(db).isEmpty()) {
          continue; // dropped in this transaction: its log goes with it
        }
        if (s.logging() && p.ddl.containsKey(db)) {
          txn.putCovered(opKey(db, p.token, -1), catalogOp(txn, db, p.ddl.get(db))); // after the row operations
          p.withOps.add(db);
        }
        long lsn = nextLsn(db);
        given.put(db, lsn);
        if (s.logging() && p.withOps.contains(db)) {
          txn.put(recordKey(db, lsn), new ByteSink(16).putLong(now).putLong(p.token).toBytes());
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

  /**
   * The database as the committing transaction leaves it, for a log restore to rebuild it from:
   * its whole catalog and the rows of the tables this transaction created or altered (the others
   * keep the rows the restore has rolled forward).
   */
  private byte[] catalogOp(KvTxn txn, int databaseId, Set<Integer> tables) {
    ByteSink image = new ByteSink(4096);
    DatabaseImage.export(catalog, txn, databaseId, (kind, payload) -> image.put(kind).putInt(payload.length)
        .put(payload), tables::contains);
    return LogRecord.op(LogRecord.CATALOG, 0, 0, image.toBytes(), null);
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
    LogState before = state(databaseId);
    try (KvTxn t = store.begin()) { // before the lock: a DDL stamp wait under it could deadlock with a commit
      catalog.metadata(t).database(databaseId).filter(d -> !d.options().containsKey(Database.TRANSACTION_LOG))
          .ifPresent(d -> {
            catalog.alterDatabase(t, d.withOptions(Map.of(Database.TRANSACTION_LOG, "ON")));
            t.commit();
          });
    }
    lock.lock();
    try (KvTxn t = store.begin()) {
      long lsn = nextLsn(databaseId);
      LogState s = change.apply(lsn).apply(before);
      t.put(key(databaseId, LAST_LSN), longBytes(lsn));
      t.put(stateKey(databaseId), s.encode());
      t.commit();
      lastLsns.put(databaseId, lsn);
      cache(databaseId, s);
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
      t.put(stateKey(databaseId), s.encode());
      t.commit();
      cache(databaseId, s);
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
        long lsn = ByteBuffer.wrap(it.key(), it.key().length - 8, 8).getLong();
        ByteBuffer commit = ByteBuffer.wrap(it.value());
        long millis = commit.getLong();
        sink.accept(new LogRecord(lsn, millis, ops(txn, databaseId, commit.getLong())));
      }
    }
  }

  /** The row operations of transaction {@code token}, in the order made. */
  private static byte[] ops(KvTxn txn, int databaseId, long token) {
    byte[] prefix = opsPrefix(databaseId, token);
    ByteSink out = new ByteSink(256);
    try (KvIterator it = txn.peekScan(prefix, KeyBytes.prefixEnd(prefix), false)) {
      while (it.next()) {
        out.put(it.value());
      }
    }
    return out.toBytes();
  }

  /** The log's commit records and bytes now (DBCC SQLPERF(LOGSPACE)). */
  public static long[] size(KvTxn txn, int databaseId) {
    long[] n = new long[2];
    for (byte kind : new byte[] {RECORD, OPS}) {
      byte[] from = key(databaseId, kind);
      try (KvIterator it = txn.peekScan(from, KeyBytes.prefixEnd(from), false)) {
        while (it.next()) {
          n[0] += kind == RECORD ? 1 : 0;
          n[1] += it.key().length + it.value().length;
        }
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

  /** Deletes the records below {@code to} and their operations (a log backup's truncation). */
  public void truncate(int databaseId, long to) {
    List<Long> tokens = new ArrayList<>();
    try (KvTxn t = store.beginReadOnly();
        KvIterator it = t.peekScan(recordKey(databaseId, 0), recordKey(databaseId, to), false)) {
      while (it.next()) {
        tokens.add(ByteBuffer.wrap(it.value(), 8, 8).getLong());
      }
    }
    for (long token : tokens) {
      byte[] prefix = opsPrefix(databaseId, token);
      store.reclaimRange(prefix, KeyBytes.prefixEnd(prefix));
    }
    store.reclaimRange(recordKey(databaseId, 0), recordKey(databaseId, to));
  }

  /** SET RECOVERY SIMPLE: the log is dropped and the chain broken until the next full backup. */
  public void stopLogging(int databaseId) {
    if (!state(databaseId).logging()) {
      return;
    }
    update(databaseId, s -> s.withLogging(false, 0));
    for (byte kind : new byte[] {RECORD, OPS}) {
      byte[] from = key(databaseId, kind);
      store.reclaimRange(from, KeyBytes.prefixEnd(from));
    }
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
    txn.delete(stateKey(databaseId));
    states.put(databaseId, LogState.NONE);
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
    txn.delete(stateKey(databaseId));
    states.put(databaseId, LogState.NONE);
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

  private static byte[] opsPrefix(int databaseId, long token) {
    return new ByteSink(15).put(key(databaseId, OPS)).putLong(token).toBytes();
  }

  private static byte[] opKey(int databaseId, long token, int seq) {
    return new ByteSink(19).put(opsPrefix(databaseId, token)).putInt(seq).toBytes();
  }

  private static byte[] markKey(int databaseId, int tableId) {
    return new ByteSink(11).put(key(databaseId, MARK)).putInt(tableId).toBytes();
  }

  private static byte[] longBytes(long v) {
    return ByteBuffer.allocate(8).putLong(v).array();
  }
}
