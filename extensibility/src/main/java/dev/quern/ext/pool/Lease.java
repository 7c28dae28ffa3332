package dev.quern.ext.pool;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A satellite taken from the pool for one call. Exactly one party decides its end: whoever wins
 * the compare-and-set of {@link #release()} (call completed) against {@link #kill()}
 * (cancellation, failure) acts; the other call does nothing. A released satellite is never
 * handed out by the pool again; a {@link #detach detached} one lives on, kept by its session.
 */
public final class Lease<S extends Satellite> implements AutoCloseable {
  private static final int ACTIVE = 0;
  private static final int RELEASED = 1;
  private static final int KILLED = 2;

  private final S satellite;
  private final Runnable onEnd;
  private final AtomicInteger state = new AtomicInteger(ACTIVE);

  Lease(S satellite, Runnable onEnd) {
    this.satellite = satellite;
    this.onEnd = onEnd;
  }

  public S satellite() {
    return satellite;
  }

  /** Ends the lease normally; returns false if it had already ended (e.g. killed). */
  public boolean release() {
    if (!state.compareAndSet(ACTIVE, RELEASED)) {
      return false;
    }
    satellite.close();
    onEnd.run();
    return true;
  }

  /**
   * Ends the lease normally but leaves the satellite running, for the session that keeps it for
   * its next call ({@link SatellitePool#park}); returns false if the lease had already ended.
   */
  public boolean detach() {
    if (!state.compareAndSet(ACTIVE, RELEASED)) {
      return false;
    }
    onEnd.run();
    return true;
  }

  /** Kills the satellite; returns false if the lease had already ended. */
  public boolean kill() {
    if (!state.compareAndSet(ACTIVE, KILLED)) {
      return false;
    }
    satellite.kill();
    onEnd.run();
    return true;
  }

  public boolean isKilled() {
    return state.get() == KILLED;
  }

  /** Same as {@link #release()}, for try-with-resources. */
  @Override
  public void close() {
    release();
  }
}
