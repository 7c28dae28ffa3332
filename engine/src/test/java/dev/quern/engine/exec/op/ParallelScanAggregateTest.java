package dev.quern.engine.exec.op;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

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
 * Whole-table aggregates read in key ranges on several threads ({@link GatherStreams}) give what
 * one thread gives (OPTION (MAXDOP 1)) and what the row-at-a-time aggregate gives, and run on one
 * thread whenever they must. Which ranges ran on which threads is read from {@link
 * GatherStreams#takeLastRun}, so each test knows whether the parallel path ran.
 */
class ParallelScanAggregateTest {
  /**
   * Rows of {@code big}: with 900 random bytes each (which the store cannot compress) some 3.7 MB,
   * over twice {@link ScanAggregateOperator#MIN_BYTES_PER_THREAD} by enough that RocksDB's estimate
   * of rows still in its memtable (sampled: seen from 70% to 115% of the true size) stays above it;
   * {@code small}'s 1000 rows (0.9 MB) stay under it.
   */
  private static final int BIG_ROWS = 4000;

  private final QuernEngine engine = QuernEngine.inMemory();
  private final EngineSession session = TestSessions.open(engine);

  @BeforeEach
  void tables() {
    GatherStreams.takeLastRun(); // another test's, on this thread
    // Every 7th row's numbers are NULL; floats are halves, exact, so that any order of adding
    // gives one sum.
    run("CREATE TABLE big (id int PRIMARY KEY, i int, b bigint, f float, pad varbinary(1000))");
    run("INSERT INTO big SELECT value, IIF(value % 7 = 0, NULL, value % 1000 - 500),"
        + " IIF(value % 7 = 0, NULL, CAST(value AS bigint) * 1000003), IIF(value % 7 = 0, NULL, value / 2.0 - 300),"
        + " CRYPT_GEN_RANDOM(900) FROM GENERATE_SERIES(1, " + BIG_ROWS + ")");
    run("CREATE TABLE small (id int PRIMARY KEY, i int, b bigint, f float, pad varbinary(1000))");
    run("INSERT INTO small SELECT id, i, b, f, pad FROM big WHERE id <= 1000");
    run("CREATE TABLE one (id int PRIMARY KEY, i int, f float)");
    run("INSERT INTO one VALUES (1, 5, 2.5)");
    run("CREATE TABLE empty (id int PRIMARY KEY, i int, f float)");
  }

  @AfterEach
  void close() {
    session.close();
    engine.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "SELECT COUNT(*), SUM(f), MIN(i), MAX(i) FROM big",
      "SELECT COUNT(*) FROM big",
      "SELECT COUNT_BIG(*), COUNT(i), COUNT_BIG(f), COUNT(b) FROM big",
      "SELECT MIN(b), MAX(b), MIN(f), MAX(f), SUM(b), SUM(i) FROM big",
      "SELECT AVG(i), AVG(f), AVG(b) FROM big",
      "SELECT MAX(id), MIN(id), SUM(id) FROM big",
  })
  void givesWhatOneThreadGives(String sql) {
    CollectingSink parallel = parallel(sql);
    CollectingSink serial = TestSessions.run(session, sql + " OPTION (MAXDOP 1)");
    assertThat(GatherStreams.takeLastRun()).as("MAXDOP 1").isNull();
    assertSame(sql, parallel, serial);
    assertSame(sql, parallel, rowByRow(sql));
  }

  @Test
  void warnsOfEliminatedNullsOnce() {
    CollectingSink out = parallel("SELECT SUM(i), MIN(f) FROM big");
    assertThat(out.messages()).extracting(m -> m.number()).containsExactly(8153);
  }

  @Test
  void smallEmptyAndOneRowTablesRunOnOneThread() {
    for (String table : List.of("small", "one", "empty")) {
      String sql = "SELECT COUNT(*), SUM(f), MIN(i), MAX(i), AVG(f) FROM " + table;
      CollectingSink out = TestSessions.run(session, sql);
      assertThat(GatherStreams.takeLastRun()).as(table).isNull();
      assertSame(sql, out, rowByRow(sql));
    }
  }

  @Test
  void maxDopZeroUsesEveryProcessor() {
    parallel("SELECT COUNT(*) FROM big OPTION (MAXDOP 0)");
    parallel("SELECT COUNT(*) FROM big OPTION (RECOMPILE, MAXDOP 2)");
    parallel("WITH c AS (SELECT 1 AS x) SELECT COUNT(*) FROM big OPTION (MAXDOP 2)");
    TestSessions.run(session, "WITH c AS (SELECT 1 AS x) SELECT COUNT(*) FROM big OPTION (MAXDOP 1)");
    assertThat(GatherStreams.takeLastRun()).isNull();
    TestSessions.run(session, "DECLARE @n int; SELECT @n = COUNT(*) FROM big OPTION (MAXDOP 1)");
    assertThat(GatherStreams.takeLastRun()).isNull();
    parallel("DECLARE @n int; SELECT @n = COUNT(*) FROM big");
  }

  @Test
  void serverMaxDegreeOfParallelismOneRunsOnOneThreadUnlessTheQueryAsks() {
    run("EXEC sp_configure 'show advanced options', 1; RECONFIGURE");
    run("EXEC sp_configure 'max degree of parallelism', 1; RECONFIGURE");
    CollectingSink serial = TestSessions.run(session, "SELECT COUNT(*), SUM(b) FROM big");
    assertThat(GatherStreams.takeLastRun()).isNull();
    // The query hint outranks the server's setting, as in SQL Server.
    CollectingSink hinted = parallel("SELECT COUNT(*), SUM(b) FROM big OPTION (MAXDOP 2)");
    assertSame("server MAXDOP 1", hinted, serial);
    run("EXEC sp_configure 'max degree of parallelism', 0; RECONFIGURE");
    parallel("SELECT COUNT(*) FROM big");
  }

  @Test
  void seesTheTransactionsOwnRowsOnOneThread() {
    run("BEGIN TRANSACTION; INSERT INTO big (id, i, f) VALUES (100000, 99999, 0.5); DELETE FROM big WHERE id = 1");
    CollectingSink out = TestSessions.run(session, "SELECT COUNT(*), MAX(i), MAX(id) FROM big");
    assertThat(GatherStreams.takeLastRun()).isNull();
    assertThat(out.rows().getFirst()).containsExactly(BIG_ROWS, 99999, 100000);
    run("ROLLBACK");
    out = parallel("SELECT COUNT(*), MAX(i), MAX(id) FROM big");
    assertThat(out.rows().getFirst()).containsExactly(BIG_ROWS, 499, BIG_ROWS);
  }

  @Test
  void readsInsideATransactionWithoutWritesInParallel() {
    run("BEGIN TRANSACTION");
    CollectingSink out = parallel("SELECT COUNT(*), SUM(b) FROM big");
    assertSame("in a transaction", out, rowByRow("SELECT COUNT(*), SUM(b) FROM big"));
    run("COMMIT");
  }

  @ParameterizedTest
  @ValueSource(strings = {"REPEATABLE READ", "SERIALIZABLE"})
  void lockingIsolationLevelsReadOnOneThread(String level) {
    run("SET TRANSACTION ISOLATION LEVEL " + level);
    String sql = "SELECT COUNT(*), SUM(f), MIN(i), MAX(b) FROM big";
    CollectingSink out = TestSessions.run(session, sql);
    assertThat(GatherStreams.takeLastRun()).as(level).isNull();
    run("SET TRANSACTION ISOLATION LEVEL READ COMMITTED");
    assertSame(level, out, parallel(sql));
  }

  @ParameterizedTest
  @ValueSource(strings = {"READ UNCOMMITTED", "SNAPSHOT"})
  void snapshotReadingLevelsReadInParallel(String level) {
    run("ALTER DATABASE CURRENT SET ALLOW_SNAPSHOT_ISOLATION ON");
    run("SET TRANSACTION ISOLATION LEVEL " + level + "; BEGIN TRANSACTION");
    String sql = "SELECT COUNT(*), SUM(f), MIN(i), MAX(b) FROM big";
    CollectingSink out = parallel(sql);
    assertSame(level, out, rowByRow(sql));
    run("COMMIT; SET TRANSACTION ISOLATION LEVEL READ COMMITTED");
  }

  @Test
  void anOverflowInOneRangeFailsTheQueryAsOneThreadDoes() {
    // The whole overflows, each half does not: the merge raises 8115.
    run("UPDATE big SET b = 4000000000000000");
    assertSameError("SELECT SUM(b) FROM big");
    // The last range's own total overflows: it raises, the other range stops.
    run("UPDATE big SET b = 9223372036854775807 WHERE id > " + (BIG_ROWS - 3));
    assertSameError("SELECT COUNT(*), SUM(b) FROM big");
    run("UPDATE big SET f = 1e308 WHERE id % 2 = 0");
    assertSameError("SELECT SUM(f) FROM big");
  }

  private void assertSameError(String sql) {
    CollectingSink parallel = parallel(sql, false); // the failing range stops the other part way
    CollectingSink serial = TestSessions.run(session, sql + " OPTION (MAXDOP 1)");
    assertThat(parallel.errors()).as(sql).extracting(e -> e.number()).containsExactly(8115);
    assertThat(parallel.errors()).as(sql).usingRecursiveFieldByFieldElementComparator().isEqualTo(serial.errors());
  }

  /**
   * Runs {@code sql}, which must read its table in two key ranges, and again until the ranges ran
   * on two threads: the calling thread reads a range no worker has started yet, which on a busy
   * machine (a woken worker waits for a processor) can be both, many times in a row. Returns the last run's output; {@code balanced}: each range read from a
   * quarter to three quarters of the rows (the store's size estimates split them).
   */
  private CollectingSink parallel(String sql, boolean balanced) {
    assumeThat(Runtime.getRuntime().availableProcessors()).isGreaterThanOrEqualTo(2);
    for (int attempt = 0; attempt < 300; attempt++) {
      CollectingSink out = TestSessions.run(session, sql);
      List<GatherStreams.PartRun> run = GatherStreams.takeLastRun();
      assertThat(run).as("ranges of " + sql).hasSize(2);
      if (balanced) {
        long total = run.stream().mapToLong(GatherStreams.PartRun::rows).sum();
        assertThat(run).extracting(GatherStreams.PartRun::rows).allMatch(n -> n > total / 4 && n < total * 3 / 4);
      }
      if (!run.get(0).thread().equals(run.get(1).thread())) {
        return out;
      }
    }
    throw new AssertionError(sql + " never ran on two threads");
  }

  private CollectingSink parallel(String sql) {
    return parallel(sql, true);
  }

  /** The same aggregates over the table's rows as a derived table (row by row). */
  private CollectingSink rowByRow(String sql) {
    String table = sql.replaceAll(".* FROM (\\w+).*", "$1");
    return TestSessions.run(session, sql.replace(" FROM " + table, " FROM (SELECT TOP (2147483647) * FROM " + table + ") AS " + table));
  }

  private static void assertSame(String what, CollectingSink actual, CollectingSink expected) {
    assertThat(actual.errors()).as(what).usingRecursiveFieldByFieldElementComparator().isEqualTo(expected.errors());
    assertThat(actual.messages()).as(what).usingRecursiveFieldByFieldElementComparator().isEqualTo(expected.messages());
    assertThat(actual.rows()).as(what).hasSameSizeAs(expected.rows());
    for (int r = 0; r < expected.rows().size(); r++) {
      assertThat(actual.rows().get(r)).as(what).containsExactly(expected.rows().get(r));
    }
  }

  private void run(String sql) {
    CollectingSink out = TestSessions.run(session, sql);
    assertThat(out.errors()).as(sql).isEmpty();
  }
}
