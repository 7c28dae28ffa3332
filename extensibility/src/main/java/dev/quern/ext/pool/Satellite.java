package dev.quern.ext.pool;

/**
 * One started external process, warmed and ready to serve a call: one call, or the successive
 * calls of one session when it says it can ({@link #reusable}).
 */
public interface Satellite {
  /** The OS process id. */
  long pid();

  boolean isAlive();

  /**
   * Alive and able to take a call: a satellite kept for its session is checked this way before
   * the session's next call, since its pid is known to scripts and a kill sent before that call
   * may not have taken effect yet. Runtimes that cannot tell more than {@link #isAlive} keep it.
   */
  default boolean usable() {
    return isAlive();
  }

  /**
   * Whether its last call completed and left it able to serve the next call of the same session
   * (the runtime then may {@link SatellitePool#park} it). Runtimes whose satellites serve one
   * call each keep the default.
   */
  default boolean reusable() {
    return false;
  }

  /** Ends it after a completed call: it exits on its own, nothing is forced. */
  void close();

  /** Kills it at once (SIGKILL): cancellation, protocol failure, shutdown. */
  void kill();
}
