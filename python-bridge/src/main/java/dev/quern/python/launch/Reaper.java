package dev.quern.python.launch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one runtime's satellites leave behind: their processes (fork-server parents and children)
 * and the cleanup of each finished call (unmapping its segment, deleting its working directory),
 * which runs here, off the caller's path, {@link #CLEANUP_DELAY_MILLIS} after the call: by then its
 * reply has left, and the satellite's exit (which the cleanup triggers by closing its socket) and
 * the unmapping do not compete with the reply for the CPU. {@link #awaitQuiet} lets the runtime's
 * close return only once all of it is gone, so callers may delete their directories afterwards.
 */
public final class Reaper {
  private static final Logger LOG = LoggerFactory.getLogger(Reaper.class);
  private static final int PRUNE_ABOVE = 64;
  /** How long a finished call's cleanup waits: longer than a reply takes to leave. */
  static final long CLEANUP_DELAY_MILLIS = 3;

  // Delayed tasks still run after shutdown (the executor's default), so close waits for them.
  private final ScheduledExecutorService cleaner =
      Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().name("satellite-cleanup").factory());
  private final List<ProcessHandle> processes = new ArrayList<>();

  /** Remembers a process to wait for at close; forgets the ones that have exited meanwhile. */
  public void track(ProcessHandle process) {
    synchronized (processes) {
      if (processes.size() >= PRUNE_ABOVE) {
        processes.removeIf(p -> !p.isAlive());
      }
      processes.add(process);
    }
  }

  /** Runs {@code cleanup} in the background, shortly (inline once the reaper has been closed). */
  public void later(Runnable cleanup) {
    later(cleanup, CLEANUP_DELAY_MILLIS);
  }

  /** Runs {@code cleanup} in the background after {@code millis} (inline once closed). */
  public void later(Runnable cleanup, long millis) {
    try {
      cleaner.schedule(cleanup, millis, TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      cleanup.run();
    }
  }

  /**
   * Waits up to {@code timeout} until every tracked process has exited (killing those still
   * alive at half of it) and every cleanup has run. Returns whether everything is gone.
   */
  public boolean awaitQuiet(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    long killAt = System.nanoTime() + timeout.toNanos() / 2;
    List<ProcessHandle> left;
    synchronized (processes) {
      left = new ArrayList<>(processes);
    }
    boolean killed = false;
    while (true) {
      left.removeIf(p -> !p.isAlive());
      if (left.isEmpty() || System.nanoTime() > deadline) {
        break;
      }
      if (!killed && System.nanoTime() > killAt) {
        left.forEach(ProcessHandle::destroyForcibly);
        killed = true;
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    cleaner.shutdown();
    boolean cleaned;
    try {
      cleaned = cleaner.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      cleaned = false;
    }
    if (!left.isEmpty() || !cleaned) {
      LOG.warn("satellite processes still running after {} ms: {}", timeout.toMillis(), left.stream().map(ProcessHandle::pid).toList());
      return false;
    }
    return true;
  }
}
