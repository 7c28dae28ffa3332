package dev.quern.catalog.kv;

/**
 * How a transaction runs: its isolation level, its lock timeout in milliseconds ({@code -1}
 * waits forever, {@code 0} does not wait), the meaning SET LOCK_TIMEOUT gives the value, and
 * who watches its lock waits and may cancel them ({@code waits}).
 */
public record KvTxnOptions(KvIsolation isolation, long lockTimeoutMillis, KvLockWaits waits) {
  /** READ COMMITTED, wait forever: SQL Server's session defaults. */
  public static final KvTxnOptions DEFAULT = new KvTxnOptions(KvIsolation.READ_COMMITTED, -1);

  public KvTxnOptions {
    if (isolation == null) {
      throw new IllegalArgumentException("isolation is required");
    }
    if (lockTimeoutMillis < -1) {
      throw new IllegalArgumentException("lock timeout must be -1 or more: " + lockTimeoutMillis);
    }
    if (waits == null) {
      waits = KvLockWaits.NONE;
    }
  }

  /** Options whose lock waits nobody watches. */
  public KvTxnOptions(KvIsolation isolation, long lockTimeoutMillis) {
    this(isolation, lockTimeoutMillis, KvLockWaits.NONE);
  }

  public static KvTxnOptions of(KvIsolation isolation) {
    return new KvTxnOptions(isolation, -1);
  }

  public KvTxnOptions withLockTimeout(long millis) {
    return new KvTxnOptions(isolation, millis, waits);
  }

  public KvTxnOptions withIsolation(KvIsolation level) {
    return new KvTxnOptions(level, lockTimeoutMillis, waits);
  }
}
