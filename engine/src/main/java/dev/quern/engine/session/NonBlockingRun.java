package dev.quern.engine.session;

/**
 * Whether the session's request runs on a thread that must never wait (the server's network
 * event loop, which serves other connections too), and whether it gave up for that reason.
 *
 * <p>Such a request runs until it would have to wait (a lock another transaction holds) or finds
 * it is not provably short (a plan that is no point lookup); it then unwinds as a cancelled
 * request would, its statement rolled back, and the caller runs it again, from the start, on a
 * thread that may block. Only the thread running the request touches this.
 */
public final class NonBlockingRun {
  private boolean active;
  private boolean yielded;

  /** The next request must not block. */
  void begin() {
    active = true;
    yielded = false;
  }

  /** The request ended; true when it gave up and must run again where it may block. */
  boolean end() {
    active = false;
    return yielded;
  }

  /** Whether the running request must not block. */
  public boolean active() {
    return active;
  }

  /**
   * Gives up the running request (it must run where it may block); the returned exception, thrown,
   * unwinds it as a cancellation does: statement rolled back, nothing reported.
   */
  public CancelledException yieldToBlockingThread() {
    yielded = true;
    return CancelledException.INSTANCE;
  }
}
