package dev.quern.engine.exec.op;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.quern.engine.CollectingSink;
import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.EngineSession;
import dev.quern.engine.exec.ColumnarCollectingSink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A columnar read of a big table in key ranges on several threads ({@link OrderedPartsScan}, what
 * an external script's input over a table runs) hands on exactly the rows, values and order that
 * the row-at-a-time scan gives; runs on one thread when it must; and a statement that stops
 * taking rows early ends cleanly, with the session and the workers fit for the next query.
 */
class OrderedPartsScanTest {
  /** ~1.8 KB of incompressible hex per row: some 7 MB, several parts of 1 MiB. */
  private static final int BIG_ROWS = 4000;

  private final QuernEngine engine = QuernEngine.inMemory();
  private final EngineSession session = TestSessions.open(engine);

  @BeforeEach
  void tables() {
    OrderedPartsScan.takeLastParts(); // another test's, on this thread
    // Every 7th row's values are NULL; text is non-ASCII now and then.
    run("CREATE TABLE big (id int PRIMARY KEY, i int, b bigint, f float, s nvarchar(20), pad varchar(2000))");
    run("INSERT INTO big SELECT value, IIF(value % 7 = 0, NULL, value % 1000 - 500),"
        + " IIF(value % 7 = 0, NULL, CAST(value AS bigint) * 1000003), IIF(value % 7 = 0, NULL, value / 2.0 - 300),"
        + " IIF(value % 7 = 0, NULL, CONCAT(IIF(value % 5 = 0, N'é', N'r'), value)),"
        + " CONVERT(varchar(2000), CRYPT_GEN_RANDOM(900), 2) FROM GENERATE_SERIES(1, " + BIG_ROWS + ")");
    run("CREATE TABLE small (id int PRIMARY KEY, s nvarchar(20))");
    run("INSERT INTO small SELECT value, CONCAT(N'r', value) FROM GENERATE_SERIES(1, 100)");
  }

  @AfterEach
  void close() {
    session.close();
    engine.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "SELECT * FROM big",
      "SELECT id, f, s FROM big",
      "SELECT s, id, id, b FROM big",
  })
  void givesTheRowsTheRowScanGivesInKeyOrder(String sql) {
    CollectingSink rows = TestSessions.run(session, sql);
    ColumnarCollectingSink columns = columnar(sql);
    assertThat(OrderedPartsScan.takeLastParts()).as("parts").isGreaterThan(1);
    assertThat(columns.events).usingRecursiveFieldByFieldElementComparator().isEqualTo(rows.events);
    assertThat(columns.columnarRows).isEqualTo(BIG_ROWS);
  }

  @Test
  void runsOnOneThreadWhenTheStatementOrTheTableSaysSo() {
    columnarSameAsRows("SELECT id, s FROM big OPTION (MAXDOP 1)");
    assertThat(OrderedPartsScan.takeLastParts()).as("MAXDOP 1").isNull();
    columnarSameAsRows("SELECT id, s FROM small");
    assertThat(OrderedPartsScan.takeLastParts()).as("small table").isNull();
    run("BEGIN TRANSACTION; INSERT INTO big (id, s) VALUES (100000, N'mine'); DELETE FROM big WHERE id = 1");
    columnarSameAsRows("SELECT id, s FROM big");
    assertThat(OrderedPartsScan.takeLastParts()).as("own writes").isNull();
    run("ROLLBACK");
    run("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
    columnarSameAsRows("SELECT id, s FROM big");
    assertThat(OrderedPartsScan.takeLastParts()).as("locking reads").isNull();
  }

  @Test
  void aStatementThatStopsEarlyLeavesTheSessionAndWorkersFit() {
    columnar("SELECT id FROM big"); // warm: the parallel path runs here
    for (int limit : new int[] {1, 10, 5000 - 1}) {
      String sql = "SET ROWCOUNT " + limit + "; SELECT id, s, pad FROM big; SET ROWCOUNT 0; SELECT COUNT(*) FROM big";
      ColumnarCollectingSink columns = columnar(sql);
      assertThat(columns.errors()).isEmpty();
      assertThat(columns.columnarRows).isEqualTo(Math.min(limit, BIG_ROWS));
      assertThat(columns.rows().getLast()).containsExactly(BIG_ROWS);
    }
    // A sink that fails mid-result: the statement ends with workers reading ahead.
    ColumnarCollectingSink failing = new ColumnarCollectingSink(1000, 3);
    session.executeBatch("SELECT id, pad FROM big", failing);
    assertThat(failing.errors()).isNotEmpty();
    columnarSameAsRows("SELECT id, s FROM big");
  }

  private void columnarSameAsRows(String sql) {
    CollectingSink rows = TestSessions.run(session, sql);
    ColumnarCollectingSink columns = new ColumnarCollectingSink(1000, -1);
    session.executeBatch(sql, columns);
    assertThat(rows.errors()).isEmpty();
    assertThat(columns.events).usingRecursiveFieldByFieldElementComparator().isEqualTo(rows.events);
  }

  private ColumnarCollectingSink columnar(String sql) {
    assumeThat(Runtime.getRuntime().availableProcessors()).isGreaterThanOrEqualTo(2);
    ColumnarCollectingSink columns = new ColumnarCollectingSink(1000, -1);
    session.executeBatch(sql, columns);
    assertThat(columns.errors()).as(sql).isEmpty();
    return columns;
  }

  private void run(String sql) {
    CollectingSink out = TestSessions.run(session, sql);
    assertThat(out.errors()).as(sql).isEmpty();
  }
}
