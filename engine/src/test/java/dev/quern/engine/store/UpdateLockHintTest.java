package dev.quern.engine.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.CollectingSink;
import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.EngineSession;
import dev.quern.engine.api.SessionInfo;
import dev.quern.engine.api.SqlMessage;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SELECT … WITH (UPDLOCK) / (XLOCK): the rows read stay locked until the reader's transaction
 * ends, so a second session's UPDATE of them waits (here: times out with 1222), while the same
 * read without the hint (READ COMMITTED, which takes no locks) leaves them free. The row is read
 * at its latest committed value.
 */
class UpdateLockHintTest {
  private static final AtomicInteger SPIDS = new AtomicInteger(160);

  private static EngineSession session(QuernEngine engine) {
    return engine.openSession(
        new SessionInfo(SPIDS.incrementAndGet(), "sa", "", "", "test", "UpdateLockHintTest", 1, 0x74000004, 4096));
  }

  private static List<Integer> errors(CollectingSink sink) {
    return sink.errors().stream().map(SqlMessage::number).toList();
  }

  private static List<List<Object>> rows(CollectingSink sink) {
    assertThat(sink.errors()).isEmpty();
    return sink.rows().stream().map(r -> Arrays.asList(r)).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "SELECT v FROM t WITH (UPDLOCK) WHERE id = 1",
    "SELECT v FROM t (UPDLOCK, ROWLOCK) WHERE id = 1",
    "SELECT v FROM t AS x WITH (XLOCK) WHERE x.id = 1",
    "SELECT v FROM t WITH (UPDLOCK) WHERE k = 10",
    "SELECT k FROM t WITH (UPDLOCK) WHERE k = 10"
  })
  void rowsReadUnderUpdlockStayLockedUntilTheTransactionEnds(String read) {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession a = session(engine);
        EngineSession b = session(engine)) {
      TestSessions.run(a, "CREATE TABLE t (id int PRIMARY KEY, k int, v int) CREATE INDEX ix_t_k ON t (k)"
          + " INSERT t VALUES (1, 10, 100), (2, 20, 200)");

      List<List<Object>> seen = rows(TestSessions.run(a, "BEGIN TRAN " + read));
      assertThat(seen).hasSize(1);
      assertThat(errors(TestSessions.run(b, "SET LOCK_TIMEOUT 50 UPDATE t SET v = 101 WHERE id = 1")))
          .containsExactly(1222);
      // Only the row read is locked.
      assertThat(errors(TestSessions.run(b, "UPDATE t SET v = 201 WHERE id = 2"))).isEmpty();
      assertThat(errors(TestSessions.run(a, "COMMIT"))).isEmpty();
      assertThat(errors(TestSessions.run(b, "SET LOCK_TIMEOUT 50 UPDATE t SET v = 101 WHERE id = 1"))).isEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"SELECT v FROM t WHERE id = 1", "SELECT v FROM t WITH (NOLOCK, ROWLOCK) WHERE id = 1"})
  void theSameReadWithoutUpdlockLeavesTheRowFree(String read) {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession a = session(engine);
        EngineSession b = session(engine)) {
      TestSessions.run(a, "CREATE TABLE t (id int PRIMARY KEY, v int) INSERT t VALUES (1, 100)");
      assertThat(rows(TestSessions.run(a, "BEGIN TRAN " + read))).hasSize(1);
      assertThat(errors(TestSessions.run(b, "SET LOCK_TIMEOUT 50 UPDATE t SET v = 101 WHERE id = 1"))).isEmpty();
      TestSessions.run(a, "COMMIT");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "WHERE id > 0"})
  void aScanUnderUpdlockLocksEveryRowItReturns(String where) {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession a = session(engine);
        EngineSession b = session(engine)) {
      TestSessions.run(a, "CREATE TABLE t (id int PRIMARY KEY, v int) INSERT t VALUES (1, 100), (2, 200)");
      assertThat(rows(TestSessions.run(a, "BEGIN TRAN SELECT id, v FROM t WITH (UPDLOCK) " + where + " ORDER BY id")))
          .containsExactly(List.of(1, 100), List.of(2, 200));
      assertThat(errors(TestSessions.run(b, "SET LOCK_TIMEOUT 50 DELETE t WHERE id = 2"))).containsExactly(1222);
      TestSessions.run(a, "ROLLBACK");
      assertThat(errors(TestSessions.run(b, "DELETE t WHERE id = 2"))).isEmpty();
    }
  }

  /**
   * A scan locks every row it reads, also one the filter above it then drops (as an UPDATE's scan
   * does): stricter than needed, never weaker.
   */
  @org.junit.jupiter.api.Test
  void aFilteredScanAlsoLocksTheRowsItDrops() {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession a = session(engine);
        EngineSession b = session(engine)) {
      TestSessions.run(a, "CREATE TABLE t (id int PRIMARY KEY, v int) INSERT t VALUES (1, 100), (2, 200)");
      assertThat(rows(TestSessions.run(a, "BEGIN TRAN SELECT id FROM t WITH (UPDLOCK) WHERE v = 100")))
          .containsExactly(List.of(1));
      assertThat(errors(TestSessions.run(b, "SET LOCK_TIMEOUT 50 UPDATE t SET v = 0 WHERE id = 2")))
          .containsExactly(1222);
      TestSessions.run(a, "COMMIT");
    }
  }

  /**
   * The upsert pattern: UPDLOCK with HOLDLOCK on a primary-key lookup locks the key although no row
   * is there, so another session cannot insert it until the reader's transaction ends; then the
   * reader's own insert wins and the other gets 2627.
   */
  @ParameterizedTest
  @ValueSource(strings = {
    "SELECT id FROM t WITH (UPDLOCK, HOLDLOCK) WHERE id = 5",
    "SELECT id FROM t WITH (SERIALIZABLE, XLOCK) WHERE id = 5",
    "IF EXISTS (SELECT 1 FROM t WITH (UPDLOCK, HOLDLOCK) WHERE id = 5) PRINT 'there'"
  })
  void updlockWithHoldlockLocksAnAbsentPrimaryKey(String read) {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession a = session(engine);
        EngineSession b = session(engine)) {
      TestSessions.run(a, "CREATE TABLE t (id int PRIMARY KEY, k int, v int) INSERT t VALUES (1, 10, 100)");
      CollectingSink first = TestSessions.run(a, "BEGIN TRAN " + read);
      assertThat(first.errors()).isEmpty();
      assertThat(first.rows()).isEmpty();
      assertThat(errors(TestSessions.run(b, "SET LOCK_TIMEOUT 50 INSERT t VALUES (5, 50, 500)")))
          .containsExactly(1222);
      assertThat(errors(TestSessions.run(b, "INSERT t VALUES (6, 60, 600)"))).isEmpty();
      assertThat(errors(TestSessions.run(a, "INSERT t VALUES (5, 51, 501) COMMIT"))).isEmpty();
      assertThat(errors(TestSessions.run(b, "INSERT t VALUES (5, 50, 500)"))).containsExactly(2627);
    }
  }
}
