package dev.quern.engine.exec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.CollectingSink;
import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.ColumnarSink;
import dev.quern.engine.api.EngineSession;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A plain SELECT of a table's columns written by columns into a {@link ColumnarSink} gives what
 * the row-at-a-time scan gives a plain sink: the same columns, values of the same Java classes,
 * NULLs, empty and non-ASCII text, counts; other plans still reach a columnar sink row by row.
 */
class ColumnarTableScanTest {
  private final QuernEngine engine = QuernEngine.inMemory();
  private final EngineSession session = TestSessions.open(engine);

  @BeforeEach
  void tables() {
    run("CREATE TABLE t (a int PRIMARY KEY, b float, c nvarchar(20), d bigint, e varchar(10), f nchar(3), g char(4), h int)");
    run("INSERT INTO t VALUES"
        + " (1, 1.5, N'row1', 10, 'x', N'ab', 'cd', 7),"
        + " (2, NULL, NULL, NULL, NULL, NULL, NULL, NULL),"
        + " (3, -0.0, N'', CAST(-9223372036854775807 AS bigint) - 1, '', N'', '', -2147483648),"
        + " (4, 1e308, N'éàü 😀 日本語', 9223372036854775807, 'é', N'日本語', 'zz', 2147483647),"
        + " (5, 4.9e-324, N'12345678901234567890', 0, '1234567890', N'xyz', 'abcd', 0),"
        + " (-6, -1.25, N'ЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖЖ', 5, 'abc', N'ä', 'a', NULL)");
    run("INSERT INTO t (a, b, c) SELECT value + 100, value / 3.0, CONCAT(N'r', value) FROM GENERATE_SERIES(1, 50)");
    run("CREATE TABLE heap (x nvarchar(5), y int)");
    run("INSERT INTO heap VALUES (N'b', 2), (NULL, 1), (N'a', NULL)");
    run("CREATE TABLE empty (a int PRIMARY KEY, c nvarchar(20))");
  }

  @AfterEach
  void close() {
    session.close();
    engine.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "SELECT * FROM t",
      "SELECT a, b, c FROM t",
      "SELECT c, a, a, h, e FROM t",
      "SELECT g AS x, f FROM t",
      "SELECT * FROM heap",
      "SELECT y FROM heap",
      "SELECT * FROM empty",
      "SELECT t.c FROM dbo.t",
  })
  void givesWhatTheRowScanGives(String sql) {
    assertSameAsRows(sql, true);
  }

  @Test
  void readsColumnsAddedAndDroppedAfterRowsWereWritten() {
    run("ALTER TABLE t ADD n int NOT NULL DEFAULT 42");
    run("ALTER TABLE t ADD m nvarchar(8) NULL");
    run("ALTER TABLE t DROP COLUMN e");
    run("INSERT INTO t (a, n, m) VALUES (1000, 1, N'new')");
    assertSameAsRows("SELECT * FROM t", true);
    assertSameAsRows("SELECT m, n, a FROM t", true);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "CREATE TABLE #tmp (a int, c nvarchar(5)); INSERT INTO #tmp VALUES (1, N'x'), (NULL, N'é'); SELECT c, a FROM #tmp",
      "DECLARE @v TABLE (a bigint PRIMARY KEY, b float); INSERT INTO @v VALUES (2, NULL), (1, 0.5); SELECT * FROM @v",
      "SET TRANSACTION ISOLATION LEVEL SERIALIZABLE; SELECT a, c FROM t",
      "SET TRANSACTION ISOLATION LEVEL READ UNCOMMITTED; SELECT a, c FROM t",
  })
  void readsTempTablesTableVariablesAndUnderEveryIsolationLevel(String sql) {
    CollectingSink rows = TestSessions.run(session, sql);
    run("IF OBJECT_ID('tempdb..#tmp') IS NOT NULL DROP TABLE #tmp; SET TRANSACTION ISOLATION LEVEL READ COMMITTED");
    ColumnarCollectingSink columns = new ColumnarCollectingSink();
    session.executeBatch(sql, columns);
    assertThat(rows.errors()).isEmpty();
    assertThat(columns.events).usingRecursiveFieldByFieldElementComparator().isEqualTo(rows.events);
    assertThat(columns.columnarRows).isEqualTo(rows.rows().size()).isPositive();
  }

  @Test
  void seesTheTransactionsOwnRows() {
    run("BEGIN TRANSACTION; INSERT INTO t (a, c) VALUES (999, N'mine'); DELETE FROM t WHERE a = 1");
    assertSameAsRows("SELECT a, c FROM t", true);
    ColumnarCollectingSink columns = new ColumnarCollectingSink();
    session.executeBatch("SELECT a, c FROM t", columns);
    assertThat(columns.rows()).extracting(r -> r[0]).contains(999).doesNotContain(1);
    run("ROLLBACK");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "SELECT a + 1 FROM t",
      "SELECT a FROM t WHERE a > 3",
      "SELECT TOP 3 a, c FROM t",
      "SELECT a, c FROM t ORDER BY c",
      "SELECT a, p FROM dec",
      "SELECT a, big FROM lob",
      "SELECT a FROM comp",
      "SELECT a, CAST(c AS nvarchar(5)) FROM t",
      "SELECT a, 1 FROM t",
  })
  void otherPlansReachAColumnarSinkRowByRow(String sql) {
    run("CREATE TABLE dec (a int PRIMARY KEY, p decimal(10, 2))");
    run("INSERT INTO dec VALUES (1, 2.50), (2, NULL)");
    run("CREATE TABLE lob (a int PRIMARY KEY, big nvarchar(max))");
    run("INSERT INTO lob VALUES (1, REPLICATE(CAST(N'x' AS nvarchar(max)), 10000)), (2, N'small')");
    run("CREATE TABLE comp (a int PRIMARY KEY, q AS a * 2)");
    run("INSERT INTO comp (a) VALUES (1), (2)");
    assertSameAsRows(sql, false);
  }

  @Test
  void setRowcountLimitsTheColumnarRows() {
    String sql = "SET ROWCOUNT 10; SELECT a, c FROM t; SELECT @@ROWCOUNT";
    CollectingSink rows = TestSessions.run(session, sql);
    run("SET ROWCOUNT 0");
    ColumnarCollectingSink columns = new ColumnarCollectingSink();
    session.executeBatch(sql, columns);
    assertThat(columns.events).usingRecursiveFieldByFieldElementComparator().isEqualTo(rows.events);
    assertThat(columns.rows()).hasSize(11);
    assertThat(columns.columnarRows).isEqualTo(10);
  }

  @Test
  void aRowSinkTakesAPlainTableReadInBatchesWithTheSameRows() {
    // The TDS encoder overrides rows(RowBatch); the default passes each row to row().
    List<Integer> batches = new java.util.ArrayList<>();
    CollectingSink batched = new CollectingSink() {
      @Override
      public void rows(dev.quern.catalog.value.RowBatch batch) {
        batches.add(batch.rowCount());
        super.rows(batch);
      }
    };
    session.executeBatch("SELECT * FROM t; SELECT c, a FROM t; SELECT a + 1 FROM t", batched);
    CollectingSink rows = TestSessions.run(session, "SELECT * FROM (SELECT TOP (100) * FROM t) AS t;"
        + " SELECT c, a FROM (SELECT TOP (100) * FROM t) AS t; SELECT a + 1 FROM t");
    assertThat(batched.errors()).isEmpty();
    // The derived tables (read row by row) describe their columns a little differently: the rows
    // are what must match, values and classes.
    assertThat(batched.rows()).hasSameSizeAs(rows.rows());
    for (int r = 0; r < rows.rows().size(); r++) {
      assertThat(batched.rows().get(r)).as("row %d", r).containsExactly(rows.rows().get(r));
    }
    assertSameClasses(batched.rows(), rows.rows());
    // 56 rows each: a first batch of 64 holds them; the expression's rows go one by one.
    assertThat(batches).containsExactly(56, 56);
  }

  private void assertSameAsRows(String sql, boolean columnar) {
    CollectingSink rows = TestSessions.run(session, sql);
    ColumnarCollectingSink columns = new ColumnarCollectingSink();
    session.executeBatch(sql, columns);
    assertThat(rows.errors()).isEmpty();
    assertThat(columns.events).usingRecursiveFieldByFieldElementComparator().isEqualTo(rows.events);
    assertSameClasses(columns.rows(), rows.rows());
    assertThat(columns.columnarRows).as("rows written by columns").isEqualTo(columnar ? rows.rows().size() : 0);
  }

  private void run(String sql) {
    CollectingSink out = TestSessions.run(session, sql);
    assertThat(out.errors()).as(sql).isEmpty();
  }

  private static void assertSameClasses(List<Object[]> actual, List<Object[]> expected) {
    for (int r = 0; r < expected.size(); r++) {
      for (int c = 0; c < expected.get(r).length; c++) {
        Object e = expected.get(r)[c];
        assertThat(actual.get(r)[c] == null ? null : actual.get(r)[c].getClass())
            .as("row %d column %d", r, c).isEqualTo(e == null ? null : e.getClass());
      }
    }
  }
}
