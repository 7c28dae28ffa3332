package dev.quern.engine.exec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.plan.BatchPlan;
import dev.quern.engine.plan.StatementPlan;
import dev.quern.engine.session.QuernSession;
import org.junit.jupiter.api.Test;

/** Plans are data and print as trees. */
class PlanExplainTest {
  @Test
  void selectPlanPrintsAsATree() {
    try (QuernEngine engine = QuernEngine.inMemory();
        QuernSession session = (QuernSession) TestSessions.open(engine)) {
      BatchPlan plan =
          new Compiler(session.state())
              .batch(
                  "SELECT TOP (2) value % 3 AS m, COUNT(*) AS n FROM GENERATE_SERIES(1, 10)"
                      + " WHERE value > 2 GROUP BY value % 3 ORDER BY n DESC",
                  false);
      var select = (StatementPlan.Select) plan.statements().getFirst();
      assertThat(select.query().explain())
          .isEqualTo(
              """
              Top(2)
                Sort(#1 DESC)
                  Project(value % 3, COUNT(*))
                    Aggregate(keys=[value % 3], aggs=[COUNT(*)])
                      Filter(value > 2)
                        GenerateSeries(1, 10)
              """);
    }
  }
}
