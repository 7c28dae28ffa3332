package dev.quern.ext.pool;

import java.time.Duration;

/**
 * How satellites are pooled.
 *
 * @param spares warmed satellites each host keeps ready ahead of calls (SQL Server's
 *     PROCESS_POOL_SQLSATELLITE_GROWTH plays the same role; it defaults to 5, Quern to 2 because
 *     every spare holds a forked interpreter)
 * @param idleTimeout a host (parent and its spares) unused this long is stopped
 * @param recycleAfter a host is replaced after it has started this many satellites (bounds any
 *     growth of the long-lived parent)
 * @param startTimeout how long to wait for a host's first satellite before error 39021
 * @param maxDop the most satellites one {@code @parallel = 1} call uses (SQL Server: MAXDOP)
 * @param topUpDelay how long the top-up after a call waits while a spare is still ready: long
 *     enough for the call's reply to leave before the next fork and warm-up (several ms of CPU)
 *     compete with it, short against the time a spare takes to become ready
 * @param maxParked the most satellites kept for their sessions' next calls at once, server-wide
 *     ({@link ParkedSatellites}); 0: every satellite serves one call
 * @param parkedIdleTimeout a satellite kept for a session that has made no call for this long is
 *     closed
 */
public record PoolSettings(
    int spares, Duration idleTimeout, int recycleAfter, Duration startTimeout, int maxDop, Duration topUpDelay,
    int maxParked, Duration parkedIdleTimeout) {
  public PoolSettings {
    if (spares < 1) {
      throw new IllegalArgumentException("spares must be >= 1");
    }
    if (maxDop < 1) {
      throw new IllegalArgumentException("maxDop must be >= 1");
    }
    if (recycleAfter < 1) {
      throw new IllegalArgumentException("recycleAfter must be >= 1");
    }
    if (maxParked < 0) {
      throw new IllegalArgumentException("maxParked must be >= 0");
    }
  }

  /**
   * The defaults. Kept satellites: 16 (each holds a forked interpreter's private pages, tens of
   * MB) for 60 s, long enough for a client that calls between other work, short enough that an
   * idle connection pool does not hold processes for long.
   */
  public static PoolSettings defaults() {
    int cpus = Runtime.getRuntime().availableProcessors();
    return new PoolSettings(2, Duration.ofMinutes(10), 10_000, Duration.ofSeconds(60), Math.max(1, Math.min(8, cpus)), Duration.ofMillis(3),
        Integer.getInteger("quern.satellite.maxParked", 16), Duration.ofSeconds(Long.getLong("quern.satellite.parkedIdleSeconds", 60)));
  }

  public PoolSettings withSpares(int n) {
    return new PoolSettings(n, idleTimeout, recycleAfter, startTimeout, maxDop, topUpDelay, maxParked, parkedIdleTimeout);
  }

  public PoolSettings withIdleTimeout(Duration d) {
    return new PoolSettings(spares, d, recycleAfter, startTimeout, maxDop, topUpDelay, maxParked, parkedIdleTimeout);
  }

  public PoolSettings withRecycleAfter(int n) {
    return new PoolSettings(spares, idleTimeout, n, startTimeout, maxDop, topUpDelay, maxParked, parkedIdleTimeout);
  }

  public PoolSettings withMaxDop(int n) {
    return new PoolSettings(spares, idleTimeout, recycleAfter, startTimeout, n, topUpDelay, maxParked, parkedIdleTimeout);
  }

  public PoolSettings withTopUpDelay(Duration d) {
    return new PoolSettings(spares, idleTimeout, recycleAfter, startTimeout, maxDop, d, maxParked, parkedIdleTimeout);
  }

  public PoolSettings withMaxParked(int n) {
    return new PoolSettings(spares, idleTimeout, recycleAfter, startTimeout, maxDop, topUpDelay, n, parkedIdleTimeout);
  }

  public PoolSettings withParkedIdleTimeout(Duration d) {
    return new PoolSettings(spares, idleTimeout, recycleAfter, startTimeout, maxDop, topUpDelay, maxParked, d);
  }
}
