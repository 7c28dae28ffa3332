package dev.quern.catalog.kv;

/**
 * A transaction on a {@link KvStore}. Reads see the transaction's own writes. Closing a transaction
 * that was neither committed nor rolled back rolls it back.
 */
public interface KvTxn extends AutoCloseable {

  /** Reads a key following the isolation level (REPEATABLE READ and up lock it shared). */
  byte[] get(byte[] key);

  /**
   * Reads many keys as {@link #get} reads each, in order (null where a key is absent): one call
   * into the store for a batch of row lookups.
   */
  default java.util.List<byte[]> getAll(java.util.List<byte[]> keys) {
    java.util.List<byte[]> values = new java.util.ArrayList<>(keys.size());
    for (byte[] key : keys) {
      values.add(get(key));
    }
    return values;
  }

  /** Reads a key and locks it exclusively until the end of the transaction (UPDLOCK/XLOCK). */
  byte[] getForUpdate(byte[] key);

  /**
   * Takes a shared lock on {@code key} (present or not) until the end of the transaction, whatever
   * the isolation level: what schema-stability locks are made of.
   */
  void lockShared(byte[] key);

  /**
   * As {@link #lockShared}, first come first served: when another transaction's exclusive request
   * for {@code key} waits already, waits until it has been granted or has given up (SQL Server's
   * lock queue, so that a steady stream of shared holders cannot starve a DDL), unless this
   * transaction already holds {@code key} or {@code sameResource} (another key standing for the
   * same resource; may be null). Such a wait ends at the lock timeout, on cancel, or as a deadlock
   * victim, as any lock wait does.
   */
  default void lockSharedInTurn(byte[] key, byte[] sameResource) {
    lockShared(key);
  }

  /**
   * Reads a key's latest committed value (with this transaction's own writes) under a shared lock
   * on it kept until the transaction ends, present or not; taking a lock this transaction already
   * holds costs no lock-manager call. A foreign key's check of its parent row.
   */
  default byte[] readShared(byte[] key) {
    return get(key, new ReadLocks(ReadLocks.Rows.SHARED, false, ReadLocks.Wait.AS_SESSION));
  }

  /**
   * Takes an exclusive lock on {@code key}, kept until the transaction ends, if that needs no wait:
   * false, and nothing held, when another transaction holds any lock on it (a shared lock this
   * transaction alone holds is upgraded). Lock escalation's attempt, which never waits.
   */
  default boolean tryLockExclusive(byte[] key) {
    return false;
  }

  /** Reads a key without taking or waiting for any lock. */
  byte[] peek(byte[] key);

  /**
   * Reads a key's latest committed value (with this transaction's own writes) without taking or
   * waiting for a lock, whatever the statement's read snapshot: what a check made after a lock wait
   * must read, since a snapshot taken before the wait misses the commits the wait let through.
   * Under SNAPSHOT, the transaction's snapshot. By default {@link #peek} (a read-only transaction
   * has one view).
   */
  default byte[] peekLatest(byte[] key) {
    return peek(key);
  }

  /** Writes a key, locking it exclusively until the end of the transaction. */
  void put(byte[] key, byte[] value);

  /** Deletes a key (absent keys are fine), locking it exclusively. */
  void delete(byte[] key);

  /**
   * Reads the latest committed value of a key (or this transaction's own write) without locking
   * it: for a caller that holds a lock covering the key already (an exclusive table lock), so
   * nobody else can write it. Defaults to {@link #getForUpdate}.
   */
  default byte[] getCovered(byte[] key) {
    return getForUpdate(key);
  }

  /**
   * Writes a key without locking it or tracking a lock: for a caller holding a lock that covers
   * the key (see {@link #getCovered}); a rollback (to a savepoint) undoes it as any write.
   * Defaults to {@link #put}.
   */
  default void putCovered(byte[] key, byte[] value) {
    put(key, value);
  }

  /**
   * An ordered iterator over {@code [from, to)} ({@code null} = unbounded), ascending or, with
   * {@code reverse}, descending, following the isolation level. It may or may not see writes the
   * transaction makes after it was created: a statement that changes the keys of the range it
   * iterates collects them first (Halloween protection).
   */
  KvIterator scan(byte[] from, byte[] to, boolean reverse);

  /**
   * As {@link #scan}, for entries the caller is about to change (UPDATE, DELETE): each entry is
   * locked exclusively and returned at its latest committed value (entries deleted meanwhile are
   * skipped), so no update is lost at any isolation level. Under SERIALIZABLE the range is locked
   * in update mode, which also excludes other update-mode ranges: concurrent updaters of one range
   * queue instead of deadlocking on lock conversion.
   */
  KvIterator scanForUpdate(byte[] from, byte[] to, boolean reverse);

  /**
   * As {@link #scan} with {@code locks} on top of the isolation level's: rows locked shared or
   * exclusively (returned at their latest committed value, rows deleted meanwhile skipped), the
   * range locked (writers into it wait until this transaction ends; what is read is the latest
   * committed state), no waiting for locks (1222 at once), or rows other transactions hold locked
   * skipped. {@link ReadLocks#NONE} reads exactly as {@link #scan}.
   */
  default KvIterator scan(byte[] from, byte[] to, boolean reverse, ReadLocks locks) {
    if (locks.isNone()) {
      return scan(from, to, reverse);
    }
    throw new UnsupportedOperationException("table hints that lock are not supported by this store");
  }

  /**
   * One key read as {@link #scan(byte[], byte[], boolean, ReadLocks)} reads a row; with a range
   * lock the key stays locked whether or not it is there (nobody can insert it meanwhile). Null
   * when the key is absent or, with {@link ReadLocks.Wait#SKIP_LOCKED}, locked by another
   * transaction.
   */
  default byte[] get(byte[] key, ReadLocks locks) {
    if (locks.isNone()) {
      return get(key);
    }
    throw new UnsupportedOperationException("table hints that lock are not supported by this store");
  }

  /** As {@link #scan} without taking or waiting for any lock. */
  KvIterator peekScan(byte[] from, byte[] to, boolean reverse);

  /**
   * The statement's read snapshot as a {@link KvParallelScan}, whose iterators other threads may
   * walk: what a plain {@link #scan} would read, split across threads. Null when a plain scan of
   * this transaction cannot be read that way: it has writes of its own (they are merged from a
   * write batch that is not safe to read from several threads), its reads take locks (REPEATABLE
   * READ, SERIALIZABLE), or its reads have no fixed snapshot. Stores that cannot share a snapshot
   * always answer null.
   */
  default KvParallelScan parallelScan() {
    return null;
  }

  /**
   * Starts a statement. Under READ COMMITTED (and READ UNCOMMITTED) the plain reads of the
   * statement ({@code get}, {@code peek}, {@code scan}, {@code peekScan}) then see the database as
   * of this call plus the transaction's own writes — statement-level consistency, as with
   * READ_COMMITTED_SNAPSHOT. Locking reads ({@code getForUpdate}, {@code lockShared}) always see
   * the latest committed value: an UPDATE must re-read what it changes under its lock, or it loses
   * updates. Other isolation levels ignore the call.
   */
  void beginStatement();

  /**
   * A number that stays the same while the plain reads of this transaction ({@code peek}, {@code
   * get} without locks) keep seeing the same state: it changes when a statement starts and when
   * the transaction writes. Callers may reuse what they derived from such reads while it is equal.
   * Negative when reads may change at any time (they see the latest commits), so nothing may be
   * reused.
   */
  default long readView() {
    return -1;
  }

  /**
   * The puts and deletes made so far ({@link KvTxnWrites}); safe to call from any thread. Stores
   * that do not count them answer {@link KvTxnWrites#NONE}.
   */
  default KvTxnWrites writes() {
    return KvTxnWrites.NONE;
  }

  /** Marks the current state; savepoints nest. */
  KvSavepoint setSavepoint();

  /**
   * Undoes every write made since {@code savepoint} was set; savepoints set after it are gone,
   * {@code savepoint} itself stays valid (ROLLBACK TRAN name can be repeated). Point locks taken
   * since the savepoint may be released; range locks are kept.
   */
  void rollbackToSavepoint(KvSavepoint savepoint);

  /**
   * Changes the lock timeout for the following requests (SET LOCK_TIMEOUT inside a transaction).
   */
  void setLockTimeout(long millis);

  KvIsolation isolation();

  /** Makes the writes durable (in a durable store) and visible, and releases the locks. */
  void commit();

  /** Undoes every write and releases the locks. */
  void rollback();

  /** Whether the transaction is neither committed nor rolled back. */
  boolean isActive();

  /** Rolls back if still active and frees the transaction's resources. */
  @Override
  void close();
}
