package dev.quern.ext.pool;

/**
 * A satellite kept for a session ({@link SatellitePool#park}) had ended before the session's next
 * call began on it (killed between calls: its pid is the script's own). Thrown by a runtime only
 * while nothing of the call has happened yet, so that the call can run on a fresh satellite.
 */
public final class SatelliteGoneException extends RuntimeException {
  public SatelliteGoneException(long pid, Throwable cause) {
    super("The satellite process " + pid + " kept for this session had ended.", cause);
  }
}
