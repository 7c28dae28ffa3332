package dev.quern.catalog.rocks;

import dev.quern.catalog.kv.KvLockTimeoutException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.LongFunction;

/**
 * The clock of a lock wait that finds deadlocks by polling ({@link RangeLockTable}, {@link
 * LockQueue}): a cycle through another lock manager's waits is seen only by looking again, so the
 * waiter checks the wait-for graph when it starts waiting and again after 1, 2, 4 … up to {@value
 * #MAX_CHECK_INTERVAL_MS} ms, and gives up at the session's lock timeout (1222).
 */
final class PolledWait {
  static final long MAX_CHECK_INTERVAL_MS = 64;

  private final long deadline;
  private final boolean timed;
  private long interval = 1;

  /** A wait begun at {@code startNanos}; -1 {@code timeoutMillis} waits without limit. */
  PolledWait(long startNanos, long timeoutMillis) {
    this.deadline = startNanos + TimeUnit.MILLISECONDS.toNanos(Math.max(0, timeoutMillis));
    this.timed = timeoutMillis >= 0;
  }

  /** How long to wait before the next check; the timeout's 1222 once it has passed. */
  long nextWaitMillis() {
    long waitMs = interval;
    if (timed) {
      long remaining = deadline - System.nanoTime();
      if (remaining <= 0) {
        throw new KvLockTimeoutException("Lock request time out period exceeded.");
      }
      waitMs = Math.max(1, Math.min(interval, TimeUnit.NANOSECONDS.toMillis(remaining)));
    }
    interval = Math.min(MAX_CHECK_INTERVAL_MS, interval * 2);
    return waitMs;
  }

  /** Whether the transactions {@code start} waits for, followed through {@code edges}, lead back to it. */
  static boolean closesCycle(long start, LongFunction<Set<Long>> edges) {
    Set<Long> seen = new HashSet<>();
    List<Long> stack = new ArrayList<>(edges.apply(start));
    while (!stack.isEmpty()) {
      long t = stack.removeLast();
      if (t == start) {
        return true;
      }
      if (seen.add(t)) {
        stack.addAll(edges.apply(t));
      }
    }
    return false;
  }
}
