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
    return open(engine, 52);
  }

  /**
   * Polls {@code sql} on {@code s} until one of its rows is {@code expected} (another session's wait
   * began, say); fails after 20 s.
   */
  public static void awaitRow(EngineSession s, String sql, String expected) throws InterruptedException {
    long end = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() < end) {
      if (rows(s, sql).contains(expected)) {
        return;
      }
      Thread.sleep(10);
    }
    throw new AssertionError(sql + " never returned " + expected);
  }

  /** A session with its own session id: what tests of several sessions that see each other need. */
  public static EngineSession open(QuernEngine engine, int spid) {
    return engine.openSession(new SessionInfo(spid, "sa", "", "", "testhost", "tests", 1, 0x74000004, 4096));
  }

  public static CollectingSink run(EngineSession session, String sql) {
    CollectingSink sink = new CollectingSink();
    session.executeBatch(sql, sink);
    return sink;
  }

  /**
   * Runs {@code sql}, which must raise no error, and returns its rows, each as its values'
   * {@code String.valueOf} joined by commas.
   */
  public static java.util.List<String> rows(EngineSession session, String sql) {
    CollectingSink sink = run(session, sql);
    if (!sink.errors().isEmpty()) {
      throw new AssertionError("errors from " + sql + ": " + sink.errors());
    }
    java.util.List<String> out = new java.util.ArrayList<>();
    for (CollectingSink.Event e : sink.events) {
      if (e instanceof CollectingSink.Row r) {
        java.util.List<String> values = new java.util.ArrayList<>();
        for (Object v : r.values()) {
          values.add(String.valueOf(v));
        }
        out.add(String.join(",", values));
      }
    }
    return out;
  }

  /** The printed plan of the last statement of {@code sql}, a SELECT, compiled inside a statement. */
  public static String explainLastSelect(QuernSession session, String sql) {
    return lastSelect(session, sql).explain();
  }

  /** The printed plans of the subqueries in the select list of the last statement of {@code sql}, a SELECT. */
  public static String explainSelectListSubqueries(QuernSession session, String sql) {
    StringBuilder out = new StringBuilder();
    if (lastSelect(session, sql).root() instanceof dev.quern.engine.plan.ProjectNode p) {
      for (var e : p.exprs()) {
        if (e instanceof dev.quern.engine.plan.SubqueryPlan q) {
          out.append(q.plan().explain());
        }
      }
    }
    return out.toString();
  }

  /** The plan of the last statement of {@code sql}, a SELECT, compiled inside a statement. */
  private static dev.quern.engine.plan.QueryPlan lastSelect(QuernSession session, String sql) {
    var store = session.state().store();
    store.beginStatement();
    try {
      var plan = new Compiler(session.state()).batch(sql, false);
      return ((StatementPlan.Select) plan.statements().getLast()).query();
    } finally {
      store.endStatement(true);
    }
  }
}
