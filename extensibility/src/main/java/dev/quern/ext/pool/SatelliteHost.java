package dev.quern.ext.pool;

/**
 * Starts satellites for one {@link PoolKey}; for Python, a pre-imported fork-server parent.
 * Satellites it starts are delivered to the {@link SatelliteListener} given at start.
 */
public interface SatelliteHost extends AutoCloseable {
  /** Asks for one more satellite, off the caller's critical path; it arrives later. */
  void spawn();

  boolean isAlive();

  /** Stops the host itself; satellites it already delivered live on until their owners end them. */
  @Override
  void close();
}
