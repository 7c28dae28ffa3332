package dev.quern.engine.exec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.session.QuernSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The planner seeks ranges after an equality prefix and reads indexes in order to drop sorts. */
class IndexRangePlanExplainTest {
  private QuernEngine engine;
  private QuernSession session;

  @BeforeEach
  void setUp() {
    engine = QuernEngine.inMemory();
    session = (QuernSession) TestSessions.open(engine);
    TestSessions.run(
        session,
        """
        CREATE TABLE t (id int CONSTRAINT pk_t PRIMARY KEY, k int, a int, b int, s varchar(10), v int)
        CREATE INDEX ix_k ON t (k)
        CREATE INDEX ix_ab ON t (a, b DESC)
        CREATE INDEX ix_s ON t (s) WHERE s IS NOT NULL
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
  void betweenOnAnIndexSeeksBothBoundsInclusive() {
    assertThat(explain("SELECT id, k, v FROM t WHERE k BETWEEN 3 AND 7"))
        .isEqualTo(
            """
            Project(id, k, v)
              Filter(k >= 3 AND k <= 7)
                IndexSeek(dbo.t.ix_k, k >= 3 AND k <= 7)
            """);
  }

  @Test
  void strictBoundsOnTheClusteredKeyStayExclusiveWhateverSideTheColumnIsOn() {
    assertThat(explain("SELECT v FROM t WHERE 10 > id AND id > 2"))
        .contains("IndexSeek(dbo.t.pk_t, id > 2 AND id < 10)");
    assertThat(explain("SELECT v FROM t WHERE id !< 5")).contains("IndexSeek(dbo.t.pk_t, id >= 5)");
  }

  @Test
  void variablesAreBoundsReadAtExecution() {
    assertThat(explain("DECLARE @lo int = 1 SELECT v FROM t WHERE id <= @lo"))
        .contains("IndexSeek(dbo.t.pk_t, id <= @lo)");
  }

  @Test
  void aRangeFollowsTheEqualityPrefix() {
    assertThat(explain("SELECT v FROM t WHERE a = 1 AND b > 5"))
        .contains("IndexSeek(dbo.t.ix_ab, 1, b > 5)");
  }

  @Test
  void anEqualityBeatsARange() {
    assertThat(explain("SELECT v FROM t WHERE k = 4 AND id > 3")).contains("IndexSeek(dbo.t.ix_k, 4)");
  }

  @Test
  void aRangeOnASecondKeyColumnAloneDoesNotSeek() {
    assertThat(explain("SELECT v FROM t WHERE b > 5")).contains("TableScan(dbo.t)");
  }

  @Test
  void aFilteredIndexIsSeekedOnlyWhenTheWhereImpliesItsFilter() {
    // s > 'a' is never true for a NULL s, so every row it selects is in ix_s (WHERE s IS NOT NULL).
    assertThat(explain("SELECT v FROM t WHERE s > 'a'")).contains("IndexSeek(dbo.t.ix_s, s > 'a')");
    assertThat(explain("DECLARE @p varchar(10) = 'a' SELECT v FROM t WHERE s > @p"))
        .contains("TableScan(dbo.t)");
  }

  @Test
  void boundsOfAnotherTypeFamilyScan() {
    assertThat(explain("SELECT v FROM t WHERE s > 5")).contains("TableScan(dbo.t)");
    assertThat(explain("SELECT v FROM t WHERE id > '5'")).contains("TableScan(dbo.t)");
  }

  @Test
  void aDecimalBoundOnAnIntKeySeeksAndKeepsTheFilter() {
    assertThat(explain("SELECT v FROM t WHERE id > 2.5"))
        .isEqualTo(
            """
            Project(v)
              Filter(id > 2.5)
                IndexSeek(dbo.t.pk_t, id > 2.5)
            """);
  }

  @Test
  void orderByTheClusteredKeyScansInOrderWithoutASort() {
    assertThat(explain("SELECT id, v FROM t ORDER BY id"))
        .isEqualTo(
            """
            Project(id, v)
              IndexScan(dbo.t.pk_t)
            """);
    assertThat(explain("SELECT TOP 5 id FROM t ORDER BY id DESC"))
        .isEqualTo(
            """
            Top(5)
              Project(id)
                IndexScan(dbo.t.pk_t, REVERSE)
            """);
  }

  @Test
  void aSeekKeepsItsIndexAndReadsBackwardsForTheOtherDirection() {
    assertThat(explain("SELECT v FROM t WHERE a = 1 AND b > 5 ORDER BY b"))
        .contains("IndexSeek(dbo.t.ix_ab, 1, b > 5, REVERSE)")
        .doesNotContain("Sort");
    assertThat(explain("SELECT v FROM t WHERE a = 1 ORDER BY a, b DESC"))
        .contains("IndexSeek(dbo.t.ix_ab, 1)")
        .doesNotContain("Sort");
    assertThat(explain("SELECT v FROM t WHERE k > 1 ORDER BY k DESC"))
        .contains("IndexSeek(dbo.t.ix_k, k > 1, REVERSE)")
        .doesNotContain("Sort");
  }

  @Test
  void aNonclusteredIndexOrdersAScanOnlyUnderTop() {
    assertThat(explain("SELECT id FROM t ORDER BY k")).contains("Sort(#1)").contains("TableScan(dbo.t)");
    assertThat(explain("SELECT TOP 3 id, v FROM t ORDER BY k DESC"))
        .contains("IndexScan(dbo.t.ix_k, REVERSE)")
        .doesNotContain("Sort");
    assertThat(explain("SELECT TOP 3 id FROM t ORDER BY k DESC"))
        .contains("IndexScan(dbo.t.ix_k, REVERSE, COVERING)")
        .doesNotContain("Sort");
  }

  @Test
  void anIndexCarryingEveryColumnReadIsReadWithoutLookups() {
    assertThat(explain("SELECT id, k FROM t WHERE k > 3"))
        .isEqualTo(
            """
            Project(id, k)
              Filter(k > 3)
                IndexSeek(dbo.t.ix_k, k > 3, COVERING)
            """);
    assertThat(explain("SELECT TOP 2 b FROM t WHERE a = 1 ORDER BY b DESC"))
        .contains("IndexSeek(dbo.t.ix_ab, 1, COVERING)")
        .doesNotContain("Sort");
    assertThat(explain("SELECT b FROM t WHERE a = 1 AND b < @@SPID")).doesNotContain("COVERING");
    assertThat(explain("SELECT COUNT(*), MAX(id) FROM t WHERE k BETWEEN 1 AND 9 GROUP BY k"))
        .contains("IndexSeek(dbo.t.ix_k, k >= 1 AND k <= 9, COVERING)");
    assertThat(explain("SELECT SUM(v) FROM t WHERE k > 3")).doesNotContain("COVERING");
    assertThat(explain("SELECT id, v FROM t WHERE k > 3")).doesNotContain("COVERING");
    assertThat(explain("SELECT id FROM t WHERE k > 3 AND v = 1")).doesNotContain("COVERING");
    assertThat(explain("SELECT id + k FROM t WHERE k > 3")).doesNotContain("COVERING");
  }

  @Test
  void anOrderNoIndexGivesKeepsTheSort() {
    assertThat(explain("SELECT id FROM t ORDER BY id, v")).contains("Sort(");
    assertThat(explain("SELECT id FROM t WHERE a = 1 ORDER BY b DESC, k")).contains("Sort(");
    assertThat(explain("SELECT id FROM t ORDER BY a, b")).contains("Sort(");
    assertThat(explain("SELECT id + 1 AS x FROM t ORDER BY x")).contains("Sort(");
  }
}
