package dev.quern.engine.exec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.session.QuernSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The planner hashes a join on its column equalities of types that hash alike, and keeps the
 * nested loop for joins without one (cross joins, inequalities, keys that are expressions or of
 * types it does not hash). Results are checked against the nested loop in select/hash_join.sql.
 */
class HashJoinPlanTest {
  private QuernEngine engine;
  private QuernSession session;

  @BeforeEach
  void setUp() {
    engine = QuernEngine.inMemory();
    session = (QuernSession) TestSessions.open(engine);
    TestSessions.run(
        session,
        """
        CREATE TABLE a (id int PRIMARY KEY, k int, s varchar(10), f float, t datetime)
        CREATE TABLE b (id int PRIMARY KEY, k bigint, s nvarchar(10), f float, t datetime)
        """);
  }

  @AfterEach
  void tearDown() {
    session.close();
    engine.close();
  }

  private String explain(String sql) {
    return TestSessions.explainLastSelect(session, sql);
  }

  @Test
  void anEquiJoinHashesOnItsKeys() {
    assertThat(explain("SELECT a.id, b.id FROM a JOIN b ON a.k = b.k"))
        .isEqualTo(
            """
            Project(id, id)
              HashJoin(INNER, k = k, k = k)
                TableScan(dbo.a)
                TableScan(dbo.b)
            """);
  }

  @Test
  void everyEqualityOfTheOnIsAKeyAndTheRestStaysInOn() {
    assertThat(explain("SELECT a.id FROM a LEFT JOIN b ON b.s = a.s AND a.k = b.k AND b.id > 3"))
        .contains("HashJoin(LEFT, s = s, k = k, s = s AND k = k AND id > 3)");
  }

  @Test
  void joinsWithoutAHashableEqualityStayNestedLoops() {
    assertThat(explain("SELECT a.id FROM a CROSS JOIN b")).contains("NestedLoopJoin(CROSS)");
    assertThat(explain("SELECT a.id FROM a JOIN b ON a.k < b.k")).contains("NestedLoopJoin(INNER");
    assertThat(explain("SELECT a.id FROM a JOIN b ON a.k + 1 = b.k")).contains("NestedLoopJoin(INNER");
    assertThat(explain("SELECT a.id FROM a JOIN b ON a.f = b.f")).contains("NestedLoopJoin(INNER");
    assertThat(explain("SELECT a.id FROM a JOIN b ON a.t = b.t")).contains("NestedLoopJoin(INNER");
    assertThat(explain("SELECT a.id FROM a JOIN b ON a.k = a.id")).contains("NestedLoopJoin(INNER");
  }

  @Test
  void nestedJoinsHashAtEveryLevel() {
    assertThat(explain("SELECT x.id FROM a x JOIN b y ON x.k = y.k JOIN a z ON z.id = y.id"))
        .contains("HashJoin(INNER, id = id")
        .contains("  HashJoin(INNER, k = k");
  }
}
