package dev.quern.catalog.kv;

import java.util.function.BooleanSupplier;

/**
 * How a transaction runs: its isolation level, its lock timeout in milliseconds ({@code -1}
 * waits forever, {@code 0} does not wait), the meaning SET LOCK_TIMEOUT gives the value, and
 * {@code cancelled}, asked while a lock wait lasts: true ends the wait with {@link
 * KvCancelledException} (the session's request was cancelled).
 */
public record KvTxnOptions(KvIsolation isolation, long lockTimeoutMillis, BooleanSupplier cancelled) {
  private static final BooleanSupplier NEVER = () -> false;

  /** READ COMMITTED, wait forever: SQL Server's session defaults. */
  public static final KvTxnOptions DEFAULT = new KvTxnOptions(KvIsolation.READ_COMMITTED, -1);

  public KvTxnOptions {
    if (isolation == null) {
      throw new IllegalArgumentException("isolation is required");
    }
    if (lockTimeoutMillis < -1) {
      throw new IllegalArgumentException("lock timeout must be -1 or more: " + lockTimeoutMillis);
    }
    if (cancelled == null) {
      cancelled = NEVER;
    }
  }

  /** Options whose lock waits are never cancelled. */
  public KvTxnOptions(KvIsolation isolation, long lockTimeoutMillis) {
    this(isolation, lockTimeoutMillis, NEVER);
  }

  public static KvTxnOptions of(KvIsolation isolation) {
    return new KvTxnOptions(isolation, -1);
  }

  public KvTxnOptions withLockTimeout(long millis) {
    return new KvTxnOptions(isolation, millis, cancelled);
  }
}
