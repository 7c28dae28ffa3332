package dev.quern.engine.exec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.session.QuernSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The planner seeks a filtered index only when the query's WHERE implies the index's filter (so no
 * row the query wants is missing from it), and seeks PERSISTED computed columns like any other.
 */
class FilteredIndexPlanTest {
  private QuernEngine engine;
  private QuernSession session;

  @BeforeEach
  void setUp() {
    engine = QuernEngine.inMemory();
    session = (QuernSession) TestSessions.open(engine);
    TestSessions.run(
        session,
        """
        CREATE TABLE t (id int CONSTRAINT pk_t PRIMARY KEY, email varchar(50), status varchar(10), score int,
          w int, h int, area AS w * h PERSISTED, perimeter AS 2 * (w + h), due date)
        CREATE UNIQUE INDEX ux_email ON t (email) WHERE email IS NOT NULL
        CREATE INDEX ix_active ON t (score) WHERE status = 'active'
        CREATE INDEX ix_high ON t (score) WHERE score > 100
        CREATE INDEX ix_area ON t (area)
        CREATE INDEX ix_due ON t (due) WHERE due >= '2024-01-01'
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
  void anEqualityImpliesIsNotNull() {
    assertThat(explain("SELECT h FROM t WHERE email = 'a@x'")).contains("IndexSeek(dbo.t.ux_email, 'a@x')");
  }

  @Test
  void theSameConjunctImpliesTheFilter() {
    assertThat(explain("SELECT h FROM t WHERE status = 'active' AND score = 5"))
        .contains("IndexSeek(dbo.t.ix_active, 5)");
    assertThat(explain("SELECT h FROM t WHERE email IS NOT NULL AND email > 'm'"))
        .contains("IndexSeek(dbo.t.ux_email, email > 'm')");
  }

  @Test
  void aNarrowerRangeImpliesTheFilter() {
    assertThat(explain("SELECT h FROM t WHERE score >= 200")).contains("IndexSeek(dbo.t.ix_high, score >= 200)");
    assertThat(explain("SELECT h FROM t WHERE score = 150")).contains("IndexSeek(dbo.t.ix_high, 150)");
  }

  @Test
  void aWiderOrUnrelatedPredicateScans() {
    assertThat(explain("SELECT h FROM t WHERE score >= 100")).contains("TableScan(dbo.t)");
    assertThat(explain("SELECT h FROM t WHERE score = 5")).contains("TableScan(dbo.t)");
    assertThat(explain("SELECT h FROM t WHERE status = 'gone' AND score = 5")).contains("TableScan(dbo.t)");
    assertThat(explain("SELECT h FROM t WHERE email IS NULL")).contains("TableScan(dbo.t)");
  }

  @Test
  void aVariableNeverImpliesAFilter() {
    assertThat(explain("DECLARE @s int = 500 SELECT h FROM t WHERE score = @s")).contains("TableScan(dbo.t)");
  }

  @Test
  void aPersistedComputedColumnIsSeeked() {
    assertThat(explain("SELECT h FROM t WHERE area = 12")).contains("IndexSeek(dbo.t.ix_area, 12)");
  }

  @Test
  void aDateStringComparesAsADate() {
    assertThat(explain("SELECT h FROM t WHERE due > '2024-06-01'")).contains("IndexSeek(dbo.t.ix_due");
    assertThat(explain("SELECT h FROM t WHERE due > '2023-06-01'")).contains("TableScan(dbo.t)");
  }

  @Test
  void aTopInTheOrderOfAFilteredIndexReadsItWhenTheWhereImpliesTheFilter() {
    assertThat(explain("SELECT TOP 3 h FROM t WHERE email > 'm' ORDER BY email"))
        .contains("IndexSeek(dbo.t.ux_email, email > 'm')");
    assertThat(explain("SELECT TOP 3 h FROM t WHERE status = 'active' ORDER BY score"))
        .contains("IndexScan(dbo.t.ix_active)");
    assertThat(explain("SELECT TOP 3 h FROM t ORDER BY score")).doesNotContain("ix_active").doesNotContain("ix_high");
  }

  @Test
  void aNonPersistedComputedColumnIsIndexedAndSeeked() {
    TestSessions.run(session, "CREATE INDEX ix_perimeter ON t (perimeter)");
    assertThat(explain("SELECT h FROM t WHERE perimeter = 10")).contains("IndexSeek(dbo.t.ix_perimeter, 10)");
  }
}
