package dev.quern.ext.pool;

import java.util.Collection;

/**
 * Starts satellites for one {@link PoolKey}; for Python, a pre-imported fork-server parent.
 * Satellites it starts are delivered to the {@link SatelliteListener} given at start.
 */
public interface SatelliteHost extends AutoCloseable {
  /** Asks for one more satellite, off the caller's critical path; it arrives later. */
  void spawn();

  boolean isAlive();

  /**
   * Loads {@code modules} (names of the runtime's own libraries that calls used) ahead of the
   * satellites it starts from now on, so that their calls do not pay for loading them; best
   * effort, off the caller's path. Hosts that cannot keep the default.
   */
  default void preload(Collection<String> modules) {}

  /** Stops the host itself; satellites it already delivered live on until their owners end them. */
  @Override
  void close();
}
