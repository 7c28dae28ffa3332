package dev.quern.server.session;

/** Where a session is in its life. */
public enum SessionState {
  /** Authenticated and serving requests. */
  ACTIVE,
  /** Closed: the engine session is released. */
  CLOSED
}
