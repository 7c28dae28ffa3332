package dev.quern.engine.exec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.CollectingSink;
import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.EngineSession;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * COUNT, COUNT_BIG, SUM, AVG, MIN and MAX over a whole table's int, bigint and float columns, read
 * straight from the stored rows (exec.op.ScanAggregateOperator), give what the row-at-a-time
 * aggregate gives over the same rows: each query is compared with itself over {@code (SELECT TOP
 * (2147483647) * FROM t)}, which the direct path does not take. Values, their Java classes, NULLs
 * (and warning 8153), overflow errors, columns added and dropped after rows were written, rows
 * wider than the reader's first buffer, heaps, empty tables, the transaction's own rows and every
 * isolation level.
 */
class ScanAggregateTest {
  private final QuernEngine engine = QuernEngine.inMemory();
  private final EngineSession session = TestSessions.open(engine);

  @BeforeEach
  void tables() {
    run("CREATE TABLE t (id int PRIMARY KEY, i int, b bigint, f float, s nvarchar(300))");
    run("INSERT INTO t VALUES"
        + " (1, 10, 100, 1.5, N'one'),"
        + " (2, NULL, NULL, NULL, NULL),"
        + " (3, -2147483648, CAST(-9223372036854775807 AS bigint) - 1, -0.0, N''),"
        + " (4, 2147483647, 9223372036854775807, 0.0, REPLICATE(N'é', 300)),"
        + " (5, 0, 0, 1e308, N'x'),"
        + " (6, -7, -3, -1e308, N'y'),"
        + " (7, 7, 3, 4.9e-324, REPLICATE(N'w', 200))");
    run("INSERT INTO t (id, i, b, f) SELECT value + 100, value % 13 - 6, value * 1000, value / 7.0 FROM GENERATE_SERIES(1, 3000)");
    run("CREATE TABLE heap (x nvarchar(5), y int, z float)");
    run("INSERT INTO heap VALUES (N'b', 2, NULL), (NULL, 1, 2.5), (N'a', NULL, -1)");
    run("CREATE TABLE empty (a int PRIMARY KEY, v float)");
  }

  @AfterEach
  void close() {
    session.close();
    engine.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "SELECT COUNT(*), SUM(f), MIN(i), MAX(i) FROM t",
      "SELECT COUNT(*) FROM t",
      "SELECT COUNT_BIG(*), COUNT(i), COUNT_BIG(f), COUNT(b) FROM t",
      "SELECT MIN(b), MAX(b), MIN(f), MAX(f), SUM(b) / 1000 FROM t WHERE 1 = 1",
      "SELECT AVG(i), AVG(f), AVG(b) FROM t",
      "SELECT MAX(id), MIN(id), SUM(id) FROM t",
      "SELECT COUNT(*), SUM(y), MIN(z), MAX(z), AVG(z) FROM heap",
      "SELECT COUNT(*), SUM(a), MIN(v), AVG(v), COUNT_BIG(v) FROM empty",
  })
  void givesWhatTheRowAggregateGives(String sql) {
    assertSameAsRows(sql);
  }

  @Test
  void sumOverflowFailsAsTheRowAggregateDoes() {
    run("CREATE TABLE o (a int, b bigint, f float)");
    run("INSERT INTO o VALUES (2147483647, 9223372036854775807, 1e308), (1, 1, 1e308)");
    for (String sum : List.of("SUM(a)", "SUM(b)", "SUM(f)")) {
      CollectingSink direct = TestSessions.run(session, "SELECT " + sum + " FROM o");
      assertThat(direct.errors()).as(sum).extracting(e -> e.number()).containsExactly(8115);
      assertSameAsRows("SELECT " + sum + " FROM o");
    }
    assertSameAsRows("SELECT AVG(a), AVG(b) FROM o");
    assertSameAsRows("SELECT SUM(i) FROM t");
  }

  @Test
  void readsColumnsAddedAndDroppedAfterRowsWereWritten() {
    run("ALTER TABLE t ADD n int NOT NULL DEFAULT 42");
    run("ALTER TABLE t ADD m bigint NULL");
    run("ALTER TABLE t ADD d float NOT NULL DEFAULT -2.5");
    run("ALTER TABLE t DROP COLUMN b");
    run("INSERT INTO t (id, n, m, d) VALUES (100000, 1, 5, 0.25)");
    assertSameAsRows("SELECT COUNT(*), SUM(n), MIN(n), MAX(m), COUNT(m), SUM(d), MIN(d), AVG(i) FROM t");
    CollectingSink out = TestSessions.run(session, "SELECT SUM(n), COUNT(m), MIN(d) FROM t");
    assertThat(out.rows().getFirst()).containsExactly(42 * 3007 + 1, 1, -2.5);
  }

  @Test
  void seesTheTransactionsOwnRows() {
    run("BEGIN TRANSACTION; INSERT INTO t (id, i, f) VALUES (99999, 5, 2.0); DELETE FROM t WHERE id = 1");
    assertSameAsRows("SELECT COUNT(*), SUM(f), MIN(i), MAX(i) FROM t");
    CollectingSink out = TestSessions.run(session, "SELECT COUNT(*), MAX(id) FROM t");
    assertThat(out.rows().getFirst()).containsExactly(3007, 99999);
    run("ROLLBACK");
  }

  @ParameterizedTest
  @ValueSource(strings = {"SERIALIZABLE", "REPEATABLE READ", "READ UNCOMMITTED", "READ COMMITTED"})
  void readsUnderEveryIsolationLevel(String level) {
    run("SET TRANSACTION ISOLATION LEVEL " + level);
    assertSameAsRows("SELECT COUNT(*), SUM(f), MIN(i), MAX(b) FROM t");
    run("BEGIN TRANSACTION");
    assertSameAsRows("SELECT COUNT(*), SUM(f), MIN(i), MAX(b) FROM t");
    run("COMMIT; SET TRANSACTION ISOLATION LEVEL READ COMMITTED");
  }

  @Test
  void readsUnderSnapshotIsolation() {
    run("ALTER DATABASE CURRENT SET ALLOW_SNAPSHOT_ISOLATION ON");
    run("SET TRANSACTION ISOLATION LEVEL SNAPSHOT; BEGIN TRANSACTION");
    assertSameAsRows("SELECT COUNT(*), SUM(f), MIN(i), MAX(b) FROM t");
    run("COMMIT; SET TRANSACTION ISOLATION LEVEL READ COMMITTED");
  }

  /** The query, and the same aggregates over the table's rows as a derived table (row by row). */
  private void assertSameAsRows(String sql) {
    String table = sql.replaceAll(".* FROM (\\w+).*", "$1");
    String rowByRow = sql.replace(" FROM " + table, " FROM (SELECT TOP (2147483647) * FROM " + table + ") AS " + table);
    assertThat(rowByRow).isNotEqualTo(sql);
    CollectingSink direct = TestSessions.run(session, sql);
    CollectingSink rows = TestSessions.run(session, rowByRow);
    assertThat(direct.errors()).as(sql).usingRecursiveFieldByFieldElementComparator().isEqualTo(rows.errors());
    assertThat(direct.messages()).as(sql).usingRecursiveFieldByFieldElementComparator().isEqualTo(rows.messages());
    assertThat(direct.rows()).as(sql).hasSameSizeAs(rows.rows());
    for (int r = 0; r < rows.rows().size(); r++) {
      assertThat(direct.rows().get(r)).as(sql).containsExactly(rows.rows().get(r));
      assertSameClasses(direct.rows().get(r), rows.rows().get(r));
    }
  }

  private void run(String sql) {
    CollectingSink out = TestSessions.run(session, sql);
    assertThat(out.errors()).as(sql).isEmpty();
  }

  private static void assertSameClasses(Object[] actual, Object[] expected) {
    for (int c = 0; c < expected.length; c++) {
      Object e = expected[c];
      assertThat(actual[c] == null ? null : actual[c].getClass())
          .as("column %d", c).isEqualTo(e == null ? null : e.getClass());
    }
  }
}
