package dev.quern.engine;

import dev.quern.engine.api.EngineSession;
import dev.quern.engine.api.SessionInfo;
import dev.quern.engine.exec.Compiler;
import dev.quern.engine.plan.StatementPlan;
import dev.quern.engine.session.QuernSession;

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

  /** The printed plan of the last statement of {@code sql}, a SELECT, compiled inside a statement. */
  public static String explainLastSelect(QuernSession session, String sql) {
    var store = session.state().store();
    store.beginStatement();
    try {
      var plan = new Compiler(session.state()).batch(sql, false);
      return ((StatementPlan.Select) plan.statements().getLast()).query().explain();
    } finally {
      store.endStatement(true);
    }
  }
}
