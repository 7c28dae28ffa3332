package dev.quern.engine.exec;

import dev.quern.engine.session.SessionState;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Worker (CPU) time of a statement or module call, for the plan cache statistics. Read from the
 * thread's CPU clock, except where reading it is dearer than the work: a request on the network
 * event loop ({@code session.NonBlockingRun}) never waits, so its CPU time is its elapsed time
 * (as RequestActivity counts it), and the clock costs a system call (about 0.4 µs), more than a
 * point lookup's statement takes to bind. Where the JVM cannot read the clock (a virtual thread),
 * elapsed time stands in too.
 */
final class WorkerTime {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private WorkerTime() {}

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
