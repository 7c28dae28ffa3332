package dev.quern.catalog.kv;

/**
 * One lock a transaction holds ({@code granted}) or waits for, as sys.dm_tran_locks shows it: a
 * point lock on {@code key}, or a key range {@code [key, rangeEnd)} ({@code rangeEnd} null for a
 * point, or for a range reaching the end of the keyspace when {@code mode} is a range mode).
 * {@code owner} is the transaction's {@link KvLockWaits#owner()} (a session id, 0 for none).
 */
public record KvLock(
    int owner, long txnId, byte[] key, byte[] rangeEnd, KvLockWaits.Mode mode, boolean granted) {

  /** Whether this lock covers a key range rather than one key. */
  public boolean range() {
    return mode == KvLockWaits.Mode.RANGE_SHARED || mode == KvLockWaits.Mode.RANGE_UPDATE;
  }
}
