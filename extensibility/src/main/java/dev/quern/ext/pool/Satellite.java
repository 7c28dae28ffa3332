package dev.quern.ext.pool;

/** One started external process, warmed and ready to serve exactly one call. */
public interface Satellite {
  /** The OS process id. */
  long pid();

  boolean isAlive();

  /** Ends it after a completed call: it exits on its own, nothing is forced. */
  void close();

  /** Kills it at once (SIGKILL): cancellation, protocol failure, shutdown. */
  void kill();
}
