package dev.quern.engine.exec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.session.QuernSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A WHERE's conditions go down to the table they read, through joins and derived tables. */
class PredicatePushdownPlanTest {
  private QuernEngine engine;
  private QuernSession session;

  @BeforeEach
  void tables() {
    engine = QuernEngine.inMemory();
    session = (QuernSession) TestSessions.open(engine);
    TestSessions.run(session, "CREATE TABLE a (id int PRIMARY KEY, k int, s nvarchar(20), code nvarchar(5))");
    TestSessions.run(session, "CREATE TABLE b (id int PRIMARY KEY, a_id int, v int, code nvarchar(5))");
    TestSessions.run(session, "CREATE INDEX ix_b_a ON b (a_id)");
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
  void anInnerJoinSeeksBothSidesThroughItsKey() {
    assertThat(explain("SELECT a.s, b.v FROM a JOIN b ON a.id = b.a_id WHERE a.id = 5 AND b.v > 3"))
        .contains("Filter(id = 5)\n      IndexSeek(dbo.a.PK__a")
        .contains("Filter(a_id = 5 AND v > 3)\n      IndexSeek(dbo.b.ix_b_a, 5)")
        .doesNotContain("TableScan");
  }

  @Test
  void anOuterJoinKeepsConditionsOnItsNullableSideAbove() {
    assertThat(explain("SELECT a.s, b.v FROM a LEFT JOIN b ON a.id = b.id WHERE a.id = 5 AND b.v IS NULL"))
        .startsWith("Project(s, v)\n  Filter(v IS NULL)\n    HashJoin(LEFT")
        .contains("IndexSeek(dbo.a.PK__a")
        .contains("IndexSeek(dbo.b.PK__b");
    assertThat(explain("SELECT a.s FROM a FULL JOIN b ON a.id = b.id WHERE a.id = 5"))
        .contains("Filter(id = 5)\n    HashJoin(FULL")
        .contains("TableScan(dbo.a)");
  }

  @Test
  void stringKeysImplyNothingOnTheOtherSide() {
    String plan = explain("SELECT a.s FROM a JOIN b ON a.code = b.code WHERE a.code = N'x'");
    assertThat(plan).contains("TableScan(dbo.b)");
  }

  @Test
  void aDerivedTableOrViewIsFilteredBelowItsProjection() {
    TestSessions.run(session, "CREATE VIEW dbo.va AS SELECT id, s, k + 1 AS k1 FROM dbo.a");
    assertThat(explain("SELECT * FROM dbo.va WHERE id = 5 AND k1 > 2"))
        .contains("Filter(k1 > 2)")
        .contains("IndexSeek(dbo.a.PK__a")
        .doesNotContain("TableScan");
  }

  @Test
  void aSeekOnTheLeftLooksTheRightUpByItsIndex() {
    String plan = explain("SELECT a.s, b.v FROM b JOIN a ON a.id = b.a_id WHERE b.id = 7");
    assertThat(plan).contains("Apply").contains("IndexSeek(dbo.b.PK__b").contains("IndexSeek(dbo.a.PK__a")
        .doesNotContain("TableScan").doesNotContain("HashJoin");
    // A seek by another ON condition than the join key (a range, a constant) keeps the hash join.
    assertThat(explain("SELECT a.s, b.v FROM a JOIN b ON a.k = b.v AND a.id < b.id WHERE a.id < 7"))
        .contains("HashJoin(INNER").doesNotContain("Apply");
    // A left side that reads its whole table keeps the hash join.
    assertThat(explain("SELECT a.s, b.v FROM b JOIN a ON a.id = b.a_id WHERE b.v = 7"))
        .contains("HashJoin(INNER").contains("TableScan(dbo.a)");
  }

  @Test
  void onConditionsOnOneSideFilterItWhereNoRowChanges() {
    assertThat(explain("SELECT a.s FROM a LEFT JOIN b ON b.a_id = a.id AND b.v = 1 AND a.k = 2"))
        .contains("Filter(v = 1)\n      TableScan(dbo.b)")
        .doesNotContain("Filter(k = 2)");
    assertThat(explain("SELECT a.s FROM a JOIN b ON b.a_id = a.id AND b.v = 1 AND a.k = 2"))
        .contains("Filter(v = 1)").contains("Filter(k = 2)");
    assertThat(explain("SELECT a.s FROM a FULL JOIN b ON b.a_id = a.id AND b.v = 1"))
        .doesNotContain("Filter(v = 1)");
  }

  @Test
  void conditionsOnBothSidesOrOnASubqueryStayAbove() {
    assertThat(explain("SELECT a.s FROM a JOIN b ON a.id = b.a_id WHERE a.k = b.v OR a.id = 1"))
        .contains("Filter(k = v OR id = 1)\n    HashJoin");
    assertThat(explain("SELECT a.s FROM a JOIN b ON a.id = b.a_id WHERE a.k IN (SELECT v FROM b)"))
        .contains("HashJoin(INNER")
        .contains("TableScan(dbo.a)");
  }

  @Test
  void aConditionOnTheLeftOfAnApplyFiltersTheLeftRowsFirst() {
    String plan = explain("SELECT a.id, x.mx FROM a CROSS APPLY (SELECT MAX(v) AS mx FROM b WHERE b.a_id = a.id) AS x "
        + "WHERE a.id < 100 AND x.mx > 1");
    assertThat(plan).startsWith("Project(id, mx)\n  Filter(mx > 1)\n    CrossApply\n      Filter(id < 100)").contains("IndexSeek(dbo.a.PK__a");
    assertThat(explain("SELECT a.id FROM a OUTER APPLY (SELECT TOP (1) v FROM b WHERE b.a_id = a.id) AS x WHERE a.k = 3"))
        .contains("Filter(k = 3)\n      TableScan(dbo.a)");
  }
}
