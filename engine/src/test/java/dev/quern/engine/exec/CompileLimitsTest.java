package dev.quern.engine.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.session.CancelledException;
import dev.quern.engine.session.QuernSession;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Query shapes that compiled in time exponential in their nesting (each derived table or view
 * bound twice per level: 2^depth) now compile in time linear in it, and compiling stops when the
 * request is cancelled. The time bounds are generous: the old code needed 2^40 binds for these
 * shapes, never minutes.
 */
class CompileLimitsTest {
  private static final Duration GENEROUS = Duration.ofSeconds(120);

  @Test
  void fortyNestedDerivedTablesUnderStarCompileAndRun() {
    StringBuilder sql = new StringBuilder("SELECT 1 AS a, 'x' AS b");
    for (int i = 0; i < 40; i++) {
      sql.insert(0, "SELECT * FROM (").append(") x");
    }
    try (QuernEngine engine = QuernEngine.inMemory(); var session = TestSessions.open(engine)) {
      assertThat(assertTimeoutPreemptively(GENEROUS, () -> TestSessions.rows(session, sql.toString())))
          .containsExactly("1,x");
    }
  }

  @Test
  void fortyViewsOverViewsCompileAndRun() {
    try (QuernEngine engine = QuernEngine.inMemory(); var session = TestSessions.open(engine)) {
      TestSessions.rows(session, "CREATE TABLE dbo.t0 (a int, b int); INSERT INTO dbo.t0 VALUES (1, 2)");
      TestSessions.rows(session, "CREATE VIEW dbo.v0 AS SELECT * FROM dbo.t0");
      for (int i = 1; i < 40; i++) {
        TestSessions.rows(session, "CREATE VIEW dbo.v" + i + " AS SELECT * FROM dbo.v" + (i - 1));
      }
      assertThat(assertTimeoutPreemptively(GENEROUS, () -> TestSessions.rows(session, "SELECT * FROM dbo.v39")))
          .containsExactly("1,2");
    }
  }

  @Test
  void thirtyInlineFunctionsEachOverTheOneBeforeCompileAndRun() {
    try (QuernEngine engine = QuernEngine.inMemory(); var session = TestSessions.open(engine)) {
      TestSessions.rows(session, "CREATE FUNCTION dbo.f0() RETURNS TABLE AS RETURN SELECT 1 AS a, 2 AS b");
      for (int i = 1; i < 30; i++) {
        TestSessions.rows(session,
            "CREATE FUNCTION dbo.f" + i + "() RETURNS TABLE AS RETURN SELECT * FROM dbo.f" + (i - 1) + "()");
      }
      assertThat(assertTimeoutPreemptively(GENEROUS, () -> TestSessions.rows(session, "SELECT * FROM dbo.f29()")))
          .containsExactly("1,2");
    }
  }

  @Test
  void aCancelledRequestStopsWhileBinding() {
    try (QuernEngine engine = QuernEngine.inMemory();
        QuernSession session = (QuernSession) TestSessions.open(engine)) {
      // ATTENTION or KILL arrived while the batch was being compiled: binding its query stops.
      session.state().cancel();
      assertThatThrownBy(() -> new Compiler(session.state()).batch("SELECT * FROM (SELECT 1 AS a) x", false))
          .isInstanceOf(CancelledException.class);
      assertThat(TestSessions.rows(session, "SELECT * FROM (SELECT 1 AS a) x")).containsExactly("1");
    }
  }
}
