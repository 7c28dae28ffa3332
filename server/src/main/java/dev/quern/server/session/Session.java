package dev.quern.server.session;

import dev.quern.engine.api.EngineSession;
import java.util.Objects;

/** A logged-in client: its SPID, login name and engine session. Thread-safe close. */
public final class Session implements AutoCloseable {
  private final int spid;
  private final String loginName;
  private final EngineSession engineSession;
  private volatile SessionState state = SessionState.ACTIVE;

  public Session(int spid, String loginName, EngineSession engineSession) {
    this.spid = spid;
    this.loginName = Objects.requireNonNull(loginName);
    this.engineSession = Objects.requireNonNull(engineSession);
  }

  public int spid() {
    return spid;
  }

  public String loginName() {
    return loginName;
  }

  public EngineSession engineSession() {
    return engineSession;
  }

  public SessionState state() {
    return state;
  }

  /** Ends the session once; later calls do nothing. */
  @Override
  public synchronized void close() {
    if (state == SessionState.CLOSED) {
      return;
    }
    state = SessionState.CLOSED;
    engineSession.close();
  }

  @Override
  public String toString() {
    return "Session[spid=" + spid + ", login=" + loginName + ", state=" + state + "]";
  }
}
