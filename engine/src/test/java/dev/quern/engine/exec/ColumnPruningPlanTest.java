package dev.quern.engine.exec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.session.QuernSession;
import org.junit.jupiter.api.Test;

/** A scan under a projection or aggregate decodes only the columns the plan above it reads. */
class ColumnPruningPlanTest {
  @Test
  void aggregateAndProjectionReadOnlyTheirColumns() {
    try (QuernEngine engine = QuernEngine.inMemory();
        QuernSession session = (QuernSession) TestSessions.open(engine)) {
      TestSessions.run(session, "CREATE TABLE t (id int PRIMARY KEY, k int, v float, s nvarchar(20))");
      assertThat(explain(session, "SELECT COUNT(*), SUM(v), MAX(k) FROM t"))
          .contains("TableScan(dbo.t) reading (k, v)");
      assertThat(explain(session, "SELECT UPPER(s) FROM t WHERE k > 2"))
          .contains("TableScan(dbo.t) reading (k, s)");
      assertThat(explain(session, "SELECT COUNT(*) FROM t")).contains("TableScan(dbo.t) reading ()");
      assertThat(explain(session, "SELECT id, k, v, s FROM t WHERE v > 1")).contains("TableScan(dbo.t)\n");
    }
  }

  @Test
  void subqueriesAndVirtualComputedColumnsKeepTheWholeRow() {
    try (QuernEngine engine = QuernEngine.inMemory();
        QuernSession session = (QuernSession) TestSessions.open(engine)) {
      TestSessions.run(session, "CREATE TABLE t (id int PRIMARY KEY, k int, v float)");
      TestSessions.run(session, "CREATE TABLE c (id int PRIMARY KEY, k int, twice AS k * 2, v float)");
      assertThat(explain(session, "SELECT k FROM t WHERE v > (SELECT AVG(v) FROM t)"))
          .doesNotContain("TableScan(dbo.t) reading");
      assertThat(explain(session, "SELECT twice FROM c")).contains("TableScan(dbo.c)\n");
    }
  }

  private static String explain(QuernSession session, String sql) {
    return TestSessions.explainLastSelect(session, sql);
  }
}
