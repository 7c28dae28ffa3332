package dev.quern.engine.exec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.CollectingSink;
import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.EngineSession;
import dev.quern.engine.api.SqlMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** BULK INSERT's BATCHSIZE: a transaction per batch in autocommit, one unit in a user transaction. */
class BulkInsertBatchTest {
  @TempDir Path dir;
  private QuernEngine engine;
  private EngineSession s;

  @BeforeEach
  void open() {
    engine = QuernEngine.inMemory();
    s = TestSessions.open(engine);
  }

  @AfterEach
  void close() {
    s.close();
    engine.close();
  }

  private String file(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p.toString();
  }

  private List<String> rows(String sql) {
    return TestSessions.rows(s, sql);
  }

  private static List<Integer> numbers(CollectingSink sink) {
    return sink.errors().stream().map(SqlMessage::number).toList();
  }

  private static List<Long> counts(CollectingSink sink) {
    return sink.events.stream().filter(e -> e instanceof CollectingSink.Done).map(e -> ((CollectingSink.Done) e).count()).toList();
  }

  @Test
  void aFailingBatchUndoesOnlyItselfAndEarlierBatchesStay() throws IOException {
    String f = file("f.txt", "1|a\n2|b\n3|c\n4|d\n5|e\n");
    rows("CREATE TABLE t (id int PRIMARY KEY, name varchar(20)); INSERT t VALUES (3, 'x')");
    CollectingSink sink = TestSessions.run(s, "BULK INSERT t FROM '" + f + "' WITH (FIELDTERMINATOR = '|', BATCHSIZE = 2, TABLOCK)");
    assertThat(numbers(sink)).containsExactly(2627);
    assertThat(rows("SELECT id, name FROM t ORDER BY id")).containsExactly("1,a", "2,b", "3,x");
  }

  @Test
  void eachBatchReportsItsRowsBeforeTheStatementsTotal() throws IOException {
    String f = file("f.txt", "1\n2\n3\n4\n5\n");
    rows("CREATE TABLE t (id int); CREATE TABLE seen (rc int)");
    CollectingSink sink = TestSessions.run(s, "BULK INSERT t FROM '" + f + "' WITH (BATCHSIZE = 2); INSERT seen SELECT @@ROWCOUNT");
    assertThat(counts(sink)).containsExactly(2L, 2L, 5L, 1L);
    assertThat(rows("SELECT rc FROM seen")).containsExactly("5");
    CollectingSink quiet = TestSessions.run(s, "SET NOCOUNT ON; BULK INSERT t FROM '" + f + "' WITH (BATCHSIZE = 2)");
    assertThat(counts(quiet)).allMatch(n -> n < 0);
  }

  @Test
  void inAUserTransactionBatchesDoNotCommitAndAFailureUndoesTheWholeLoad() throws IOException {
    String bad = file("bad.txt", "1\n2\n3\n");
    String good = file("good.txt", "10\n11\n12\n");
    rows("CREATE TABLE t (id int PRIMARY KEY); INSERT t VALUES (3)");
    CollectingSink sink = TestSessions.run(s,
        "BEGIN TRAN; BULK INSERT t FROM '" + bad + "' WITH (BATCHSIZE = 2); SELECT @@TRANCOUNT; COMMIT");
    assertThat(numbers(sink)).containsExactly(2627);
    assertThat(sink.rows()).singleElement().satisfies(r -> assertThat(r).containsExactly(1));
    assertThat(rows("SELECT id FROM t")).containsExactly("3");
    rows("BEGIN TRAN; BULK INSERT t FROM '" + good + "' WITH (BATCHSIZE = 1); ROLLBACK");
    assertThat(rows("SELECT id FROM t")).containsExactly("3");
  }

  @Test
  void tooManyBadRowsInALaterBatchKeepTheBatchesBefore() throws IOException {
    String f = file("f.txt", "1\n2\nx\ny\n5\n");
    rows("CREATE TABLE t (id int)");
    CollectingSink sink = TestSessions.run(s, "BULK INSERT t FROM '" + f + "' WITH (BATCHSIZE = 2, MAXERRORS = 1)");
    assertThat(numbers(sink)).containsExactly(4864, 4864, 4865, 7399, 7330);
    assertThat(rows("SELECT id FROM t ORDER BY id")).containsExactly("1", "2");
  }

  @Test
  void batchesCountTheRowsFirstRowSkips() throws IOException {
    // Rows 1-2 (a header and one row) are the first batch; row 4 fails the second.
    String f = file("f.txt", "id\n1\n2\nx\n");
    rows("CREATE TABLE t (id int)");
    CollectingSink sink = TestSessions.run(s, "BULK INSERT t FROM '" + f + "' WITH (FIRSTROW = 2, BATCHSIZE = 2, MAXERRORS = 0)");
    assertThat(numbers(sink)).startsWith(4864, 4865);
    assertThat(rows("SELECT id FROM t")).containsExactly("1");
  }

  @Test
  void fireTriggersFiresOncePerBatch() throws IOException {
    String f = file("f.txt", "1\n2\n3\n4\n5\n");
    rows("CREATE TABLE t (id int); CREATE TABLE log (n int, first int)");
    rows("CREATE TRIGGER tr ON t AFTER INSERT AS INSERT log SELECT COUNT(*), MIN(id) FROM inserted");
    rows("BULK INSERT t FROM '" + f + "' WITH (BATCHSIZE = 2, FIRE_TRIGGERS)");
    assertThat(rows("SELECT n FROM log ORDER BY first")).containsExactly("2", "2", "1");
  }

  @Test
  void identityGoesOnAcrossBatchesAndTablockEndsWithTheLoad() throws IOException {
    String f = file("f.txt", "0\ta\n0\tb\n0\tc\n");
    rows("CREATE TABLE t (id int IDENTITY, name varchar(5))");
    rows("BULK INSERT t FROM '" + f + "' WITH (BATCHSIZE = 1, TABLOCK)");
    assertThat(rows("SELECT id, name FROM t ORDER BY id")).containsExactly("1,a", "2,b", "3,c");
    try (EngineSession other = TestSessions.open(engine)) {
      assertThat(TestSessions.run(other, "SET LOCK_TIMEOUT 200; INSERT t VALUES ('d')").errors()).isEmpty();
    }
  }
}
