package dev.quern.engine.temporal;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link HistoryRetention} every {@code interval} on one daemon thread while the engine is
 * open. The interval is the system property {@value #INTERVAL_PROPERTY} (seconds; default 60; 0
 * or less: no background cleanup), so tests can make it short.
 */
public final class RetentionTask implements AutoCloseable {
  public static final String INTERVAL_PROPERTY = "quern.temporal.retentionIntervalSeconds";
  private static final Logger LOG = LoggerFactory.getLogger(RetentionTask.class);

  private final ScheduledExecutorService executor;

  private RetentionTask(ScheduledExecutorService executor) {
    this.executor = executor;
  }

  /** Starts {@code cleanup} every {@code interval}, or nothing (null) when the interval is not positive. */
  public static RetentionTask start(HistoryRetention cleanup, Duration interval) {
    if (interval.isZero() || interval.isNegative()) {
      return null;
    }
    ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(
        Thread.ofPlatform().daemon().name("quern-temporal-retention").factory());
    long millis = interval.toMillis();
    executor.scheduleWithFixedDelay(() -> {
      try {
        long n = cleanup.run();
        if (n > 0) {
          LOG.debug("Temporal retention cleanup deleted {} history rows", n);
        }
      } catch (RuntimeException e) {
        // A pass that fails (e.g. a database being dropped) must not stop the later ones.
        LOG.warn("Temporal retention cleanup failed", e);
      }
    }, millis, millis, TimeUnit.MILLISECONDS);
    return new RetentionTask(executor);
  }

  /** The interval {@value #INTERVAL_PROPERTY} sets. */
  public static Duration configuredInterval() {
    return Duration.ofSeconds(Long.getLong(INTERVAL_PROPERTY, 60L));
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
