package dev.quern.engine.exec;

import dev.quern.engine.session.SessionState;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Worker time of a statement or module call, two ways. For the plan cache statistics
 * (sys.dm_exec_query_stats and the like): the elapsed time less the waits the session recorded
 * meanwhile (locks, the log flush, the network, external scripts), which is how SQL Server's
 * scheduler counts a worker's time on it, and costs no system call — reading the thread's CPU
 * clock twice per statement was 7–8% of the server's CPU in a batched insert of single-row
 * statements. For SET STATISTICS TIME, which a user asks for: the thread's CPU clock, except on
 * the network event loop ({@code session.NonBlockingRun}), where a request never waits and its CPU
 * time is its elapsed time, and where the JVM cannot read the clock (a virtual thread).
 */
final class WorkerTime {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private WorkerTime() {}

  /** What {@link #scheduledSince} measures from: the session's waits so far. */
  static long waitsSoFar(SessionState state) {
    return state.activity().waitedNanos();
  }

  /** Worker time since {@code startNanos}: the elapsed time less the waits since {@code startWaits}. */
  static long scheduledSince(SessionState state, long startWaits, long startNanos, long endNanos) {
    return Math.max(0, endNanos - startNanos - (state.activity().waitedNanos() - startWaits));
  }

  /** The clock reading to measure from; negative when elapsed time stands in. */
  static long read(SessionState state) {
    return state.nonBlocking().active() ? -1 : THREADS.getCurrentThreadCpuTime();
  }

  /** The CPU nanoseconds since {@code startCpu} (elapsed since {@code startNanos} where not read). */
  static long since(long startCpu, long startNanos, long endNanos) {
    if (startCpu < 0) {
      return endNanos - startNanos;
    }
    long now = THREADS.getCurrentThreadCpuTime();
    return now < 0 ? endNanos - startNanos : Math.max(0, now - startCpu);
  }
}
