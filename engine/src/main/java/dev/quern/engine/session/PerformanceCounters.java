package dev.quern.engine.session;

import java.util.concurrent.atomic.LongAdder;

/**
 * The server-wide event counts sys.dm_os_performance_counters shows as SQL Server's cumulative
 * "/sec" counters (monitoring tools take the difference of two readings): requests, logins and
 * logouts, compilations, lock timeouts and deadlock victims. Counted where each happens; striped
 * adders, so concurrent sessions do not contend on them.
 */
public final class PerformanceCounters {
  private final LongAdder batchRequests = new LongAdder();
  private final LongAdder logins = new LongAdder();
  private final LongAdder logouts = new LongAdder();
  private final LongAdder compilations = new LongAdder();
  private final LongAdder lockTimeouts = new LongAdder();
  private final LongAdder deadlocks = new LongAdder();

  /** A batch or RPC request began. */
  public void batchRequest() {
    batchRequests.increment();
  }

  void login() {
    logins.increment();
  }

  void logout() {
    logouts.increment();
  }

  /** A batch or module text was compiled into a plan not in the cache. */
  public void compilation() {
    compilations.increment();
  }

  /** A lock request ran out of its LOCK_TIMEOUT (error 1222). */
  public void lockTimeout() {
    lockTimeouts.increment();
  }

  /** A transaction was chosen as a deadlock victim (error 1205). */
  public void deadlock() {
    deadlocks.increment();
  }

  public long batchRequests() {
    return batchRequests.sum();
  }

  public long logins() {
    return logins.sum();
  }

  public long logouts() {
    return logouts.sum();
  }

  public long compilations() {
    return compilations.sum();
  }

  public long lockTimeouts() {
    return lockTimeouts.sum();
  }

  public long deadlocks() {
    return deadlocks.sum();
  }
}
