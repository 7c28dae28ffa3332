package dev.quern.engine.exec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.session.QuernSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * MIN/MAX read an index's end; an uncorrelated scalar subquery is a seek's key; a correlated EXISTS
 * over a scan is a hash semi join, and another correlated subquery reads its table through an index spool.
 */
class IndexEndAggregatePlanTest {
  private QuernEngine engine;
  private QuernSession session;

  @BeforeEach
  void tables() {
    engine = QuernEngine.inMemory();
    session = (QuernSession) TestSessions.open(engine);
    TestSessions.run(session, "CREATE TABLE a (id int PRIMARY KEY, k int, s nvarchar(20))");
    TestSessions.run(session, "CREATE INDEX ix_k ON a (k)");
  }

  @AfterEach
  void close() {
    session.close();
    engine.close();
  }

  private String explain(String sql) {
    return TestSessions.explainLastSelect(session, sql);
  }

  @Test
  void maxReadsTheIndexBackwardsAndMinForwards() {
    assertThat(explain("SELECT MAX(k) FROM a"))
        .contains("Top(1)").contains("Filter(k IS NOT NULL)").contains("IndexScan(dbo.a.ix_k, REVERSE)")
        .doesNotContain("TableScan");
    String both = explain("SELECT MIN(k), MAX(id) FROM a");
    assertThat(both).contains("NestedLoopJoin(CROSS)").contains("IndexScan(dbo.a.ix_k)\n")
        .contains("IndexScan(dbo.a.PK__a").contains("REVERSE").doesNotContain("TableScan");
  }

  @Test
  void aSeekKeepsItsRangeUnderTheTop() {
    assertThat(explain("SELECT MAX(id) FROM a WHERE id < 100"))
        .contains("Top(1)").contains("IndexSeek(dbo.a.PK__a").contains("REVERSE");
  }

  @Test
  void aNonclusteredIndexOrdersByTheClusteredKeyWithinOneKeyValue() {
    assertThat(explain("SELECT MAX(id) FROM a WHERE k = 3"))
        .contains("Top(1)").contains("IndexSeek(dbo.a.ix_k, 3").contains("REVERSE");
    assertThat(explain("SELECT TOP (5) id, s FROM a WHERE k = 3 ORDER BY id DESC"))
        .contains("IndexSeek(dbo.a.ix_k, 3").doesNotContain("Sort");
    // Not after a range: the entries are in (k, id) order, not id order.
    assertThat(explain("SELECT TOP (5) id FROM a WHERE k > 3 ORDER BY id")).contains("Sort");
  }

  @Test
  void otherAggregatesFiltersOrUnindexedColumnsAggregateEveryRow() {
    assertThat(explain("SELECT COUNT(*), MAX(k) FROM a")).doesNotContain("Top(1)");
    assertThat(explain("SELECT MAX(k) FROM a WHERE s = N'x'")).doesNotContain("Top(1)");
    assertThat(explain("SELECT MAX(s) FROM a")).doesNotContain("Top(1)");
    assertThat(explain("SELECT k, MAX(id) FROM a GROUP BY k")).doesNotContain("Top(1)");
  }

  @Test
  void anUncorrelatedSubqueryIsASeekKey() {
    assertThat(explain("SELECT * FROM a WHERE id = (SELECT MAX(k) FROM a)"))
        .contains("IndexSeek(dbo.a.PK__a").doesNotContain("TableScan");
    // Correlated to the row being filtered, it cannot be.
    assertThat(explain("SELECT * FROM a AS o WHERE id = (SELECT MAX(k) FROM a WHERE a.s = o.s)"))
        .contains("TableScan(dbo.a)");
  }

  @Test
  void aCorrelatedExistsOverAScanIsAHashSemiJoin() {
    TestSessions.run(session, "CREATE TABLE b (id int PRIMARY KEY, a_id int, v int)");
    assertThat(explain("SELECT s FROM a WHERE k > 1 AND EXISTS (SELECT 1 FROM b WHERE b.a_id = a.id AND b.v = 2)"))
        .contains("HashSemiJoin(SEMI, id = a_id)").contains("Filter(k > 1)").contains("Filter(v = 2)");
    assertThat(explain("SELECT s FROM a WHERE NOT EXISTS (SELECT 1 FROM b WHERE b.a_id = a.id)"))
        .contains("HashSemiJoin(ANTI, id = a_id)");
    // An index seeks the subquery by the outer value: it stays a per-row seek.
    assertThat(explain("SELECT s FROM a WHERE EXISTS (SELECT 1 FROM b WHERE b.id = a.k)"))
        .doesNotContain("HashSemiJoin");
  }

  @Test
  void aCorrelatedSubqueryOverAScanReadsAnIndexSpool() {
    TestSessions.run(session, "CREATE TABLE b (id int PRIMARY KEY, a_id int, v int)");
    assertThat(TestSessions.explainSelectListSubqueries(session, "SELECT (SELECT MAX(v) FROM b WHERE b.a_id = a.k) FROM a"))
        .contains("IndexSpool(a_id = a.k)").contains("TableScan(dbo.b)");
    // An index seeks it instead.
    assertThat(TestSessions.explainSelectListSubqueries(session, "SELECT (SELECT MAX(v) FROM b WHERE b.id = a.k) FROM a"))
        .doesNotContain("IndexSpool").contains("IndexSeek(dbo.b.PK__b");
  }

  @Test
  void anInListOnALeadingKeyColumnSeeksEachValue() {
    assertThat(explain("SELECT s FROM a WHERE id IN (1, 5, 9)")).contains("SeekList(dbo.a.PK__a").doesNotContain("TableScan");
    assertThat(explain("SELECT s FROM a WHERE k = 1 OR k = 2")).contains("SeekList(dbo.a.ix_k, 1, 2)");
    assertThat(explain("SELECT s FROM a WHERE s IN (N'x', N'y')")).contains("TableScan"); // no index on s
    assertThat(explain("SELECT s FROM a WHERE id NOT IN (1, 2)")).contains("TableScan");
  }
}
