package dev.quern.engine.exec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.session.QuernSession;
import org.junit.jupiter.api.Test;

/** The planner seeks an index for equalities on its leading key columns and scans otherwise. */
class TablePlanExplainTest {
  private static String explain(QuernSession session, String sql) {
    return TestSessions.explainLastSelect(session, sql);
  }

  @Test
  void equalityOnAKeySeeksAndAnythingElseScans() {
    try (QuernEngine engine = QuernEngine.inMemory();
        QuernSession session = (QuernSession) TestSessions.open(engine)) {
      TestSessions.run(session, "CREATE TABLE p (id int PRIMARY KEY, code varchar(5) UNIQUE, v int)");
      assertThat(explain(session, "DECLARE @k int = 1 SELECT v FROM p WHERE id = @k AND v > 0"))
          .isEqualTo(
              """
              Project(v)
                Filter(id = @k AND v > 0)
                  IndexSeek(dbo.p.%s, @k)
              """
                  .formatted(pkName(session)));
      assertThat(explain(session, "SELECT id FROM p WHERE code = 'x'")).contains("IndexSeek(dbo.p.UQ__");
      assertThat(explain(session, "SELECT id FROM p WHERE v = 1")).contains("TableScan(dbo.p)");
    }
  }

  private static String pkName(QuernSession session) {
    var sink = TestSessions.run(session, "SELECT name FROM sys.indexes WHERE is_primary_key = 1");
    for (var e : sink.events) {
      if (e instanceof dev.quern.engine.CollectingSink.Row r) {
        return (String) r.values()[0];
      }
    }
    throw new AssertionError("no primary key");
  }
}
