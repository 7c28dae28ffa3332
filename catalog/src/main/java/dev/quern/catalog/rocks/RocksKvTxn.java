package dev.quern.catalog.rocks;

import dev.quern.catalog.kv.KvCancelledException;
import dev.quern.catalog.kv.KvException;
import dev.quern.catalog.kv.KvIsolation;
import dev.quern.catalog.kv.KvLock;
import dev.quern.catalog.kv.KvLockWaits;
import dev.quern.catalog.kv.KvIterator;
import dev.quern.catalog.kv.KvSavepoint;
import dev.quern.catalog.kv.KvTxn;
import dev.quern.catalog.kv.ReadLocks;
import java.util.List;
import org.rocksdb.ReadOptions;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;
import org.rocksdb.Snapshot;
import org.rocksdb.Status;
import org.rocksdb.Transaction;

/**
 * A {@link KvTxn} on a RocksDB pessimistic transaction, plus the key-range locks of {@link
 * RangeLockTable} for SERIALIZABLE scans (see the {@code kv} package for the isolation design).
 */
final class RocksKvTxn implements KvTxn {
  /**
   * A row lock is first asked for without waiting (RocksDB's lock timeout is 0 between waits), so
   * a conflict is known when it starts and shows as a wait. The wait then runs as tries of at
   * most this long: between them a cancelled request stops waiting, and RocksDB's own default
   * limit (1 s, its meaning of -1) never applies to SET LOCK_TIMEOUT -1.
   */
  static final long LOCK_WAIT_SLICE_MILLIS = 100;

  private final RocksKvStore store;
  private final KvLockWaits waits;
  private final Transaction txn;
  private final long id;
  private final KvIsolation isolation;
  private final Snapshot snapshot;

  /**
   * Plain reads: at the transaction snapshot (SNAPSHOT) or the statement snapshot (READ COMMITTED).
   */
  private final ReadOptions readOptions;

  /**
   * Locking reads: always the latest committed value (and the transaction snapshot for SNAPSHOT).
   */
  private ReadOptions lockReadOptions; // made at the first locking read

  private Snapshot statementSnapshot;
  private long lockTimeoutMillis;
  private int savepointDepth;
  /** Whether a put or delete was made: a transaction without one has nothing to log or sync. */
  private boolean wrote;

  /**
   * The writes made so far (sys.dm_tran_database_transactions' log record count and bytes):
   * written by the owning thread only, read by any. A release store (no fence, unlike a volatile
   * write) is all one writer needs, and a bulk load makes millions of writes.
   */
  private final java.util.concurrent.atomic.AtomicLong writeRecords = new java.util.concurrent.atomic.AtomicLong();

  private final java.util.concurrent.atomic.AtomicLong writeBytes = new java.util.concurrent.atomic.AtomicLong();

  /** Counts statement starts, writes and savepoint rollbacks: see {@link #readView()}. */
  private long view;

  /**
   * Keys this transaction holds a shared or exclusive lock on through {@link #lockShared}, so that
   * taking it again (each statement locks the definitions of its tables) costs no lock-manager
   * call. Emptied on a rollback to a savepoint, which may release locks.
   */
  private final java.util.Set<java.nio.ByteBuffer> sharedLocked = new java.util.HashSet<>();
  /** Volatile: other threads ask whether a DDL transaction has ended (CommittedMetadata). */
  private volatile boolean active = true;
  private boolean closed;

  /**
   * The keys of this transaction's granted locking reads, for sys.dm_tran_locks (its writes'
   * keys are in {@link RangeLockTable}): RocksDB's own lock status is not usable (RocksJava's
   * getLockStatusData reports one lock per column family). Read from other threads, hence
   * concurrent queues; a key read twice is listed twice. Locks that a rollback to a savepoint
   * gives back stay listed until the transaction ends.
   */
  private final java.util.Queue<byte[]> sharedReads = new java.util.concurrent.ConcurrentLinkedQueue<>();
  private final java.util.Queue<byte[]> exclusiveReads = new java.util.concurrent.ConcurrentLinkedQueue<>();

  /** The row lock this transaction waits for now (null when none), for sys.dm_tran_locks. */
  private volatile KvLock waitingFor;

  RocksKvTxn(
      RocksKvStore store, Transaction txn, KvIsolation isolation, long lockTimeoutMillis, KvLockWaits waits) {
    this.store = store;
    this.txn = txn;
    this.id = txn.getID();
    this.isolation = isolation;
    this.waits = waits;
    this.lockTimeoutMillis = lockTimeoutMillis;
    this.snapshot = isolation == KvIsolation.SNAPSHOT ? txn.getSnapshot() : null;
    this.readOptions = newReadOptions();
  }

  long id() {
    return id;
  }

  /** Who owns this transaction (a session id; 0 for none). */
  int owner() {
    return waits.owner();
  }

  /** A RocksDB call that may wait for a row lock. */
  private interface LockingCall<T> {
    T run() throws RocksDBException;
  }

  /**
   * Runs {@code call}; when its lock is taken, waits for it in slices until it is granted, the
   * lock timeout passes (1222), the request is cancelled, or RocksDB picks this transaction as a
   * deadlock victim (detection runs at each try).
   */
  private <T> T waitingForLock(KvLockWaits.Mode mode, byte[] key, LockingCall<T> call) {
    boolean waiting = false;
    long since = 0;
    LockQueue.Waiter queued = null;
    try {
      while (true) {
        try {
          return call.run();
        } catch (RocksDBException e) {
          if (!timedOut(e) || lockTimeoutMillis == 0) {
            throw RocksErrors.map(e);
          }
          if (!waiting) {
            waiting = true;
            since = System.nanoTime();
            if (mode == KvLockWaits.Mode.EXCLUSIVE) {
              queued = store.lockQueue().exclusiveWaits(id, key); // later shared requests wait behind it
            }
            waitingFor = new KvLock(owner(), id, key, null, mode, false);
            waits.waiting(mode, since, () -> store.ownersBlocking(id));
          }
          if (waits.cancelled()) {
            throw new KvCancelledException();
          }
          long slice = LOCK_WAIT_SLICE_MILLIS;
          if (lockTimeoutMillis > 0) {
            long remaining = lockTimeoutMillis - (System.nanoTime() - since) / 1_000_000;
            if (remaining <= 0) {
              throw RocksErrors.map(e);
            }
            slice = Math.min(slice, remaining);
          }
          txn.setLockTimeout(slice);
        }
      }
    } finally {
      if (queued != null) {
        store.lockQueue().ended(queued);
      }
      if (waiting) {
        waitingFor = null;
        txn.setLockTimeout(0);
        waits.waitEnded();
      }
    }
  }

  private static boolean timedOut(RocksDBException e) {
    return e.getStatus() != null && e.getStatus().getCode() == Status.Code.TimedOut;
  }

  /**
   * Adds this transaction's locks to {@code out}: granted ones by key (exclusive over shared, each
   * key once), its key ranges, and the lock it waits for. Safe from any thread.
   */
  void locks(List<KvLock> out) {
    int owner = owner();
    java.util.Map<java.nio.ByteBuffer, KvLock> points = new java.util.LinkedHashMap<>();
    List<KvLock> mine = new java.util.ArrayList<>();
    store.rangeLocks().locksOf(id, owner, mine);
    for (byte[] key : exclusiveReads) {
      mine.add(new KvLock(owner, id, key, null, KvLockWaits.Mode.EXCLUSIVE, true));
    }
    for (byte[] key : sharedReads) {
      mine.add(new KvLock(owner, id, key, null, KvLockWaits.Mode.SHARED, true));
    }
    KvLock waiting = waitingFor;
    if (waiting != null) {
      mine.add(waiting);
    }
    for (KvLock lock : mine) {
      if (lock.range() || !lock.granted()) {
        out.add(lock);
      } else {
        points.merge(java.nio.ByteBuffer.wrap(lock.key()), lock,
            (a, b) -> a.mode() == KvLockWaits.Mode.EXCLUSIVE ? a : b);
      }
    }
    out.addAll(points.values());
  }

  Transaction rocksTxn() {
    return txn;
  }

  private ReadOptions newReadOptions() {
    ReadOptions options = new ReadOptions();
    if (snapshot != null) {
      options.setSnapshot(snapshot);
    } else if (statementSnapshot != null) {
      options.setSnapshot(statementSnapshot);
    }
    return options;
  }

  @Override
  public byte[] get(byte[] key) {
    return isolation.locksOnRead() ? lockedRead(key, false) : peek(key);
  }

  @Override
  public java.util.List<byte[]> getAll(java.util.List<byte[]> keys) {
    if (isolation.locksOnRead()) {
      return KvTxn.super.getAll(keys);
    }
    checkActive();
    try {
      // RocksDB looks the batch up together (per file, not per key): cheaper than one get each.
      return wrote
          ? txn.multiGetAsList(readOptions, keys)
          : store.db().multiGetAsList(readOptions, keys);
    } catch (RocksDBException e) {
      throw RocksErrors.map(e);
    }
  }

  @Override
  public byte[] getForUpdate(byte[] key) {
    return lockedRead(key, true);
  }

  @Override
  public void lockShared(byte[] key) {
    java.nio.ByteBuffer k = java.nio.ByteBuffer.wrap(key.clone());
    if (sharedLocked.contains(k)) {
      checkActive();
      return;
    }
    takeShared(k, key);
  }

  /** Takes the shared lock on {@code key} ({@code k} its copy), which this transaction lacks. */
  private void takeShared(java.nio.ByteBuffer k, byte[] key) {
    lockedRead(key, false);
    sharedLocked.add(k);
  }

  /**
   * As {@link #lockShared}, behind the exclusive requests for {@code key} already waiting ({@link
   * LockQueue}), unless this transaction holds {@code key} or {@code sameResource} (another key
   * standing for the same table) in any mode already.
   */
  @Override
  public void lockSharedInTurn(byte[] key, byte[] sameResource) {
    java.nio.ByteBuffer k = java.nio.ByteBuffer.wrap(key.clone());
    if (sharedLocked.contains(k)) {
      checkActive();
      return;
    }
    checkActive();
    if (store.lockQueue().hasWaiters(id, key) && !holds(key) && !holds(sameResource)) {
      waitingFor = new KvLock(owner(), id, key, null, KvLockWaits.Mode.SHARED, false);
      try {
        store.lockQueue().awaitTurn(id, key, lockTimeoutMillis, waits);
      } finally {
        waitingFor = null;
      }
    }
    takeShared(k, key);
  }

  /**
   * Whether this transaction holds a lock on {@code key}, taken through {@link #lockShared} or an
   * exclusive locking read (a table lock taken exclusively). Scans the locking reads: asked only
   * when an exclusive request for the key waits.
   */
  private boolean holds(byte[] key) {
    if (key == null) {
      return false;
    }
    if (sharedLocked.contains(java.nio.ByteBuffer.wrap(key))) {
      return true;
    }
    for (byte[] held : exclusiveReads) {
      if (java.util.Arrays.equals(held, key)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean tryLockExclusive(byte[] key) {
    checkActive();
    try {
      // RocksDB's lock timeout is 0 between waits: a lock held by another transaction fails this
      // at once, and no wait is registered for deadlock detection.
      txn.getForUpdate(lockReadOptions(), key, true);
    } catch (RocksDBException e) {
      if (timedOut(e) || e.getStatus() != null && e.getStatus().getCode() == Status.Code.Busy) {
        return false;
      }
      throw RocksErrors.map(e);
    }
    held(key, true);
    return true;
  }

  @Override
  public byte[] readShared(byte[] key) {
    java.nio.ByteBuffer k = java.nio.ByteBuffer.wrap(key.clone());
    if (!sharedLocked.contains(k)) {
      byte[] value = lockedRead(key, false);
      sharedLocked.add(k);
      return value;
    }
    checkActive();
    try {
      // Held since an earlier call: no other transaction can have changed it in between.
      return txn.get(lockReadOptions(), key);
    } catch (RocksDBException e) {
      throw RocksErrors.map(e);
    }
  }

  private byte[] lockedRead(byte[] key, boolean exclusive) {
    checkActive();
    lockReadOptions();
    if (exclusive && snapshot == null) {
      byte[] value = exclusiveReadOfANewLock(key);
      if (value != NOT_SETTLED) {
        held(key, true);
        return value;
      }
    }
    KvLockWaits.Mode mode = exclusive ? KvLockWaits.Mode.EXCLUSIVE : KvLockWaits.Mode.SHARED;
    byte[] value = waitingForLock(mode, key, () -> txn.getForUpdate(lockReadOptions, key, exclusive));
    held(key, exclusive);
    return value;
  }

  /** Notes a granted locking read of {@code key} (see {@link #sharedReads}). */
  private void held(byte[] key, boolean exclusive) {
    (exclusive ? exclusiveReads : sharedReads).add(key);
  }

  /**
   * An exclusive locked read of a key this transaction does not hold yet, without RocksDB's
   * single-key getForUpdate: its JNI layer reports an absent key (the usual answer of a unique
   * check on insert) by throwing and catching a C++ exception, whose unwinding costs more than
   * the lookup. MultiGetForUpdate reports absence as a status instead, but it also reads a lock it
   * could not take as absent; the number of keys the transaction tracks tells them apart, since it
   * grows by one exactly when the call took a new lock. Anything else ({@link #NOT_SETTLED}: the
   * key was locked already, or is locked by another transaction) goes the usual way, which waits
   * and reports errors.
   */
  private byte[] exclusiveReadOfANewLock(byte[] key) {
    try {
      long tracked = txn.getNumKeys();
      byte[] value = txn.multiGetForUpdateAsList(lockReadOptions, List.of(key)).get(0);
      // A value means the lock was taken (a refused lock fails every key of the call).
      return value != null || txn.getNumKeys() == tracked + 1 ? value : NOT_SETTLED;
    } catch (RocksDBException e) {
      return NOT_SETTLED;
    }
  }

  /** {@link #exclusiveReadOfANewLock} could not tell: read through getForUpdate. */
  private static final byte[] NOT_SETTLED = new byte[0];

  @Override
  public byte[] peek(byte[] key) {
    checkActive();
    try {
      return wrote ? txn.get(readOptions, key) : store.db().get(readOptions, key);
    } catch (RocksDBException e) {
      throw RocksErrors.map(e);
    }
  }

  @Override
  public byte[] peekLatest(byte[] key) {
    checkActive();
    try {
      return wrote ? txn.get(lockReadOptions(), key) : store.db().get(lockReadOptions(), key);
    } catch (RocksDBException e) {
      throw RocksErrors.map(e);
    }
  }

  @Override
  public void put(byte[] key, byte[] value) {
    checkActive();
    store.rangeLocks().lockPoint(id, key, lockTimeoutMillis, waits);
    wrote = true;
    view++;
    counted(key.length + value.length);
    waitingForLock(KvLockWaits.Mode.EXCLUSIVE, key, () -> {
      txn.put(key, value);
      return null;
    });
  }

  /**
   * Under SNAPSHOT a covered write would skip the conflict check of its key (3960): it then locks
   * the key as {@link #put} does.
   */
  @Override
  public void putCovered(byte[] key, byte[] value) {
    if (snapshot != null) {
      put(key, value);
      return;
    }
    checkActive();
    wrote = true;
    view++;
    counted(key.length + value.length);
    // Straight into the transaction's indexed batch: RocksDB's putUntracked still takes the row
    // lock (it only skips validation). The batch is what commit writes, what this transaction's
    // reads see, and what a rollback to a savepoint cuts back, as for any put.
    if (batch == null) {
      batch = txn.getWriteBatch();
    }
    try {
      batch.put(key, value);
    } catch (RocksDBException e) {
      throw RocksErrors.map(e);
    }
  }

  /** One more write of {@code bytes} bytes; only the owning thread writes the counters. */
  private void counted(int bytes) {
    writeRecords.setRelease(writeRecords.getPlain() + 1);
    writeBytes.setRelease(writeBytes.getPlain() + bytes);
  }

  @Override
  public dev.quern.catalog.kv.KvTxnWrites writes() {
    return new dev.quern.catalog.kv.KvTxnWrites(writeRecords.getAcquire(), writeBytes.getAcquire());
  }

  /** The transaction's own write batch, for covered writes (owned by the transaction). */
  private org.rocksdb.WriteBatchWithIndex batch;

  @Override
  public byte[] getCovered(byte[] key) {
    if (snapshot != null) {
      return getForUpdate(key);
    }
    checkActive();
    try {
      // The latest committed value (never the statement snapshot, which may predate the lock).
      return txn.get(lockReadOptions(), key);
    } catch (RocksDBException e) {
      throw RocksErrors.map(e);
    }
  }

  @Override
  public void delete(byte[] key) {
    checkActive();
    store.rangeLocks().lockPoint(id, key, lockTimeoutMillis, waits);
    wrote = true;
    view++;
    counted(key.length);
    waitingForLock(KvLockWaits.Mode.EXCLUSIVE, key, () -> {
      txn.delete(key);
      return null;
    });
  }

  @Override
  public KvIterator scan(byte[] from, byte[] to, boolean reverse) {
    checkActive();
    if (isolation == KvIsolation.SERIALIZABLE) {
      // The range lock blocks every writer in [from, to) until we end, so the rows need no
      // locks of their own: none can change, appear or vanish.
      store.rangeLocks().lockRange(id, from, to, false, lockTimeoutMillis, waits);
      return iterator(from, to, reverse, null);
    }
    if (isolation == KvIsolation.REPEATABLE_READ) {
      return iterator(from, to, reverse, key -> lockedRead(key, false));
    }
    return iterator(from, to, reverse, null);
  }

  @Override
  public KvIterator scanForUpdate(byte[] from, byte[] to, boolean reverse) {
    checkActive();
    if (isolation == KvIsolation.SERIALIZABLE) {
      store.rangeLocks().lockRange(id, from, to, true, lockTimeoutMillis, waits);
    }
    return iterator(from, to, reverse, key -> lockedRead(key, true));
  }

  @Override
  public KvIterator scan(byte[] from, byte[] to, boolean reverse, ReadLocks locks) {
    if (locks.isNone()) {
      return scan(from, to, reverse);
    }
    checkActive();
    boolean exclusive = locks.rows() == ReadLocks.Rows.EXCLUSIVE;
    if (locks.range() || isolation == KvIsolation.SERIALIZABLE) {
      store.rangeLocks().lockRange(id, from, to, exclusive, timeoutFor(locks.whenLocked()), waits);
      // The range lock keeps every writer out, so what is read is the latest committed state,
      // which the lock now holds still (a statement snapshot could miss a commit made before the
      // lock was granted); shared rows need no locks of their own.
      return iterator(
          from, to, reverse, exclusive ? key -> returned(lockedRead(key, true, locks.whenLocked())) : null,
          latestReadOptions());
    }
    boolean shared = locks.rows() == ReadLocks.Rows.SHARED || isolation == KvIsolation.REPEATABLE_READ;
    RocksKvIterator.RowLocker locker;
    if (exclusive || shared) {
      locker = key -> returned(lockedRead(key, exclusive, locks.whenLocked()));
    } else if (locks.whenLocked() == ReadLocks.Wait.SKIP_LOCKED) {
      locker = key -> returned(readPast(key));
    } else {
      locker = null; // NOWAIT alone: a read that takes no lock never waits
    }
    return iterator(from, to, reverse, locker, newReadOptions());
  }

  @Override
  public byte[] get(byte[] key, ReadLocks locks) {
    if (locks.isNone()) {
      return get(key);
    }
    checkActive();
    boolean exclusive = locks.rows() == ReadLocks.Rows.EXCLUSIVE;
    if (locks.range() || exclusive || locks.rows() == ReadLocks.Rows.SHARED || isolation.locksOnRead()) {
      // The key's own lock, taken whether or not a row is there, is this one key's range lock.
      return returned(lockedRead(key, exclusive, locks.whenLocked()));
    }
    if (locks.whenLocked() == ReadLocks.Wait.SKIP_LOCKED) {
      return returned(readPast(key));
    }
    return get(key);
  }

  /** The lock timeout a lock wait of {@code wait} runs with (0: none, -1: forever). */
  private long timeoutFor(ReadLocks.Wait wait) {
    return wait == ReadLocks.Wait.AS_SESSION ? lockTimeoutMillis : 0;
  }

  /**
   * A locked read of {@code key} that waits as {@code wait} says: as the session does, not at all
   * (1222 at once), or not at all and {@link #SKIPPED} when another transaction holds the key.
   */
  private byte[] lockedRead(byte[] key, boolean exclusive, ReadLocks.Wait wait) {
    return lockedRead(key, exclusive, wait, true);
  }

  /** As {@link #lockedRead(byte[], boolean, ReadLocks.Wait)}; {@code kept} false: a probe given back at once. */
  private byte[] lockedRead(byte[] key, boolean exclusive, ReadLocks.Wait wait, boolean kept) {
    if (wait == ReadLocks.Wait.AS_SESSION) {
      return lockedRead(key, exclusive);
    }
    checkActive();
    try {
      // RocksDB's lock timeout is 0 between waits: a held lock fails this at once.
      byte[] value = txn.getForUpdate(lockReadOptions(), key, exclusive);
      if (kept) {
        held(key, exclusive);
      }
      return value;
    } catch (RocksDBException e) {
      if (wait == ReadLocks.Wait.SKIP_LOCKED && timedOut(e)) {
        return SKIPPED;
      }
      throw RocksErrors.map(e);
    }
  }

  /**
   * READPAST under READ COMMITTED: {@code key}'s latest committed value, or {@link #SKIPPED} when
   * another transaction holds it locked. Whether it does is asked by taking a shared lock without
   * waiting, which is given back at once (a key this transaction locked or wrote before stays
   * locked: RocksDB counts the locking reads of each key and never unlocks a written one).
   */
  private byte[] readPast(byte[] key) {
    byte[] value = lockedRead(key, false, ReadLocks.Wait.SKIP_LOCKED, false);
    if (value != SKIPPED) {
      txn.undoGetForUpdate(key);
    }
    return value;
  }

  /** A row another transaction holds locked, which READPAST leaves out (never returned to callers). */
  private static final byte[] SKIPPED = new byte[0];

  /** What a read returns for {@code value}: null for a row skipped, as for one not there. */
  private static byte[] returned(byte[] value) {
    return value == SKIPPED ? null : value;
  }

  /** Read options of locking reads: the latest committed value (the snapshot under SNAPSHOT). */
  private ReadOptions lockReadOptions() {
    if (lockReadOptions == null) {
      // Never the statement snapshot: locking reads see the latest committed value.
      lockReadOptions = new ReadOptions();
      if (snapshot != null) {
        lockReadOptions.setSnapshot(snapshot);
      }
    }
    return lockReadOptions;
  }

  /** Fresh read options for an iterator over the latest committed state (or the SNAPSHOT one). */
  private ReadOptions latestReadOptions() {
    ReadOptions options = new ReadOptions();
    if (snapshot != null) {
      options.setSnapshot(snapshot);
    }
    return options;
  }

  @Override
  public KvIterator peekScan(byte[] from, byte[] to, boolean reverse) {
    checkActive();
    return iterator(from, to, reverse, null);
  }

  private KvIterator iterator(
      byte[] from, byte[] to, boolean reverse, RocksKvIterator.RowLocker locker) {
    return iterator(from, to, reverse, locker, newReadOptions());
  }

  /** An iterator reading with {@code options} (its own: the iterator sets bounds on them). */
  private KvIterator iterator(
      byte[] from, byte[] to, boolean reverse, RocksKvIterator.RowLocker locker, ReadOptions options) {
    // With no writes of its own there is nothing to merge: the database's iterator at the same
    // snapshot sees the same entries, without the base-delta iterator's cost per entry.
    boolean own = wrote;
    return new RocksKvIterator(
        new RocksKvIterator.RocksIteratorFactory() {
          @Override
          public ReadOptions readOptions() {
            return options;
          }

          @Override
          public RocksIterator iterator(ReadOptions options) {
            return own ? txn.getIterator(options) : store.db().newIterator(options);
          }

          @Override
          public boolean honoursBounds() {
            return !own;
          }
        },
        from,
        to,
        reverse,
        locker);
  }

  /**
   * The statement snapshot (READ COMMITTED, READ UNCOMMITTED) or the transaction's (SNAPSHOT) to
   * share across threads; none once this transaction wrote, when its reads lock, or before a
   * statement took a snapshot (each read would then see the latest commits).
   */
  @Override
  public dev.quern.catalog.kv.KvParallelScan parallelScan() {
    Snapshot shared = snapshot != null ? snapshot : statementSnapshot;
    if (!active || wrote || isolation.locksOnRead() || shared == null) {
      return null;
    }
    return new RocksParallelScan(store, shared);
  }

  @Override
  public void beginStatement() {
    checkActive();
    if (isolation != KvIsolation.READ_COMMITTED && isolation != KvIsolation.READ_UNCOMMITTED) {
      return;
    }
    releaseStatementSnapshot();
    statementSnapshot = store.db().getSnapshot();
    readOptions.setSnapshot(statementSnapshot);
    view++;
  }

  @Override
  public long readView() {
    // Without a snapshot (REPEATABLE READ, SERIALIZABLE) plain reads see each new commit.
    return active && (snapshot != null || statementSnapshot != null) ? view : -1;
  }

  private void releaseStatementSnapshot() {
    if (statementSnapshot != null) {
      store.db().releaseSnapshot(statementSnapshot);
      statementSnapshot = null;
    }
  }

  @Override
  public KvSavepoint setSavepoint() {
    checkActive();
    try {
      txn.setSavePoint();
    } catch (RocksDBException e) {
      throw RocksErrors.map(e);
    }
    savepointDepth++;
    return new KvSavepoint(id, savepointDepth);
  }

  @Override
  public void rollbackToSavepoint(KvSavepoint savepoint) {
    checkActive();
    if (savepoint.txnId() != id || savepoint.depth() < 1 || savepoint.depth() > savepointDepth) {
      throw new IllegalArgumentException(
          "Savepoint " + savepoint + " is not valid in transaction " + id);
    }
    try {
      // RocksDB pops a savepoint when it rolls back to it: unwind down to the target, then set it
      // again so that it stays usable, as a SQL Server savepoint does.
      view++;
      sharedLocked.clear();
      while (savepointDepth >= savepoint.depth()) {
        txn.rollbackToSavePoint();
        savepointDepth--;
      }
      txn.setSavePoint();
      savepointDepth++;
    } catch (RocksDBException e) {
      throw RocksErrors.map(e);
    }
  }

  @Override
  public void setLockTimeout(long millis) {
    if (millis < -1) {
      throw new IllegalArgumentException("lock timeout must be -1 or more: " + millis);
    }
    if (millis == lockTimeoutMillis) {
      return; // set again at every statement of a user transaction
    }
    this.lockTimeoutMillis = millis; // RocksDB's own timeout follows at the next lock wait
  }

  @Override
  public KvIsolation isolation() {
    return isolation;
  }

  @Override
  public void commit() {
    checkActive();
    try {
      if (wrote) {
        commitWritten();
      } else {
        // Nothing to make durable: RocksDB would still write an empty batch and sync the WAL
        // (an fsync per read-only statement). Rolling back releases the locks all the same.
        txn.rollback();
      }
    } catch (RocksDBException e) {
      throw RocksErrors.map(e);
    }
    end();
  }

  private void commitWritten() throws RocksDBException {
    if (!store.durable()) {
      txn.commit();
      return;
    }
    waits.flushingLog();
    try {
      txn.commit();
    } finally {
      waits.logFlushed();
    }
  }

  @Override
  public void rollback() {
    checkActive();
    try {
      txn.rollback();
    } catch (RocksDBException e) {
      throw RocksErrors.map(e);
    } finally {
      end();
    }
  }

  private void end() {
    active = false;
    releaseStatementSnapshot();
    store.rangeLocks().releaseAll(id);
  }

  @Override
  public boolean isActive() {
    return active;
  }

  private void checkActive() {
    if (!active) {
      throw new KvException("Transaction " + id + " is no longer active");
    }
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    try {
      if (active) {
        rollback();
      }
    } finally {
      closed = true;
      store.forget(this);
      readOptions.close();
      if (lockReadOptions != null) {
        lockReadOptions.close();
      }
      txn.close();
    }
  }
}
