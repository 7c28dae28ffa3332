package dev.quern.engine.store;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one background cleanup pass (temporal history retention, change tracking retention) every
 * {@code interval} on a daemon thread of its own while the engine is open. A pass returns how many
 * rows it deleted, which is logged at debug level; a pass that fails is logged and the schedule
 * goes on.
 */
public final class PeriodicCleanup implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(PeriodicCleanup.class);

  private final ScheduledExecutorService executor;

  private PeriodicCleanup(ScheduledExecutorService executor) {
    this.executor = executor;
  }

  /**
   * Starts {@code pass} every {@code interval}, or nothing (null) when the interval is not
   * positive. {@code what} names it in the thread's name and the log ("temporal-retention").
   */
  public static PeriodicCleanup start(String what, LongSupplier pass, Duration interval) {
    if (interval.isZero() || interval.isNegative()) {
      return null;
    }
    ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(
        Thread.ofPlatform().daemon().name("quern-" + what).factory());
    long millis = interval.toMillis();
    executor.scheduleWithFixedDelay(() -> {
      try {
        long n = pass.getAsLong();
        if (n > 0) {
          LOG.debug("{} cleanup deleted {} rows", what, n);
        }
      } catch (RuntimeException e) {
        // A pass that fails (e.g. a database being dropped) must not stop the later ones.
        LOG.warn("{} cleanup failed", what, e);
      }
    }, millis, millis, TimeUnit.MILLISECONDS);
    return new PeriodicCleanup(executor);
  }

  /** The interval the system property {@code property} sets in seconds (0 or less: none), else {@code seconds}. */
  public static Duration configuredInterval(String property, long seconds) {
    return Duration.ofSeconds(Long.getLong(property, seconds));
  }

  /** Stops the schedule and waits briefly for a running pass to end (the store closes next). */
  @Override
  public void close() {
    executor.shutdownNow();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
