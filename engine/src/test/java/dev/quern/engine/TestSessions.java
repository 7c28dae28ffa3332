package dev.quern.engine;

import dev.quern.engine.api.EngineSession;
import dev.quern.engine.api.SessionInfo;

/** Opens in-memory sessions for tests. */
public final class TestSessions {
  private TestSessions() {}

  public static EngineSession open(QuernEngine engine) {
    return engine.openSession(new SessionInfo(52, "sa", "", "", "testhost", "tests", 1, 0x74000004, 4096));
  }

  public static CollectingSink run(EngineSession session, String sql) {
    CollectingSink sink = new CollectingSink();
    session.executeBatch(sql, sink);
    return sink;
  }
}
