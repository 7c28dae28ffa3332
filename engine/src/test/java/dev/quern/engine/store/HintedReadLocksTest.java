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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Table hints that make one read lock more than its isolation level (READ COMMITTED here, which
 * takes no locks): HOLDLOCK/SERIALIZABLE lock the range read, REPEATABLEREAD the rows read,
 * NOWAIT fails at once on a lock another transaction holds, READPAST skips the rows another
 * transaction holds locked, TABLOCKX locks the whole table. Session a reads with the hint inside a transaction; session b shows
 * what the locks keep out (1222 under a short LOCK_TIMEOUT) and what they let through.
 */
class HintedReadLocksTest {
  private static final AtomicInteger SPIDS = new AtomicInteger(260);
  private static final String TABLE =
      "CREATE TABLE t (id int PRIMARY KEY, k int, v int) CREATE INDEX ix_t_k ON t (k)"
          + " INSERT t VALUES (1, 10, 100), (2, 20, 200), (20, 30, 300)";

  private static EngineSession session(QuernEngine engine) {
    return engine.openSession(
        new SessionInfo(SPIDS.incrementAndGet(), "sa", "", "", "test", "HintedReadLocksTest", 1, 0x74000004, 4096));
  }

  private static List<Integer> errors(CollectingSink sink) {
    return sink.errors().stream().map(SqlMessage::number).toList();
  }

  private static List<List<Object>> rows(CollectingSink sink) {
    assertThat(sink.errors()).isEmpty();
    return sink.rows().stream().map(r -> Arrays.asList(r)).toList();
  }

  private static List<Integer> blocked(EngineSession b, String statement) {
    return errors(TestSessions.run(b, "SET LOCK_TIMEOUT 50 " + statement));
  }

  /** HOLDLOCK keeps rows from appearing in, or changing in, the range read, until COMMIT. */
  @ParameterizedTest
  @ValueSource(strings = {
    "SELECT COUNT(*) FROM t WITH (HOLDLOCK) WHERE id BETWEEN 1 AND 10",
    "SELECT COUNT(*) FROM t WITH (SERIALIZABLE) WHERE id >= 1 AND id < 10",
    "SELECT COUNT(*) FROM t WITH (UPDLOCK, HOLDLOCK) WHERE id BETWEEN 1 AND 10",
  })
  void holdlockLocksTheKeyRangeRead(String read) {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession a = session(engine);
        EngineSession b = session(engine)) {
      TestSessions.run(a, TABLE);
      assertThat(rows(TestSessions.run(a, "BEGIN TRAN " + read))).containsExactly(List.of(2));
      assertThat(blocked(b, "INSERT t VALUES (5, 50, 500)")).containsExactly(1222);
      assertThat(blocked(b, "UPDATE t SET v = 0 WHERE id = 2")).containsExactly(1222);
      assertThat(blocked(b, "DELETE t WHERE id = 1")).containsExactly(1222);
      // Outside the range, and plain reads inside it, go on.
      assertThat(blocked(b, "INSERT t VALUES (50, 50, 500)")).isEmpty();
      assertThat(blocked(b, "UPDATE t SET v = 0 WHERE id = 20")).isEmpty();
      assertThat(rows(TestSessions.run(b, "SELECT COUNT(*) FROM t WHERE id BETWEEN 1 AND 10"))).containsExactly(List.of(2));
      assertThat(errors(TestSessions.run(a, "COMMIT"))).isEmpty();
      assertThat(blocked(b, "INSERT t VALUES (5, 50, 500)")).isEmpty();
    }
  }

  /** Through a nonclustered index: the index range and the rows it leads to are held. */
  @Test
  void holdlockThroughAnIndexHoldsItsRangeAndItsRows() {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession a = session(engine);
        EngineSession b = session(engine)) {
      TestSessions.run(a, TABLE);
      assertThat(rows(TestSessions.run(a, "BEGIN TRAN SELECT id FROM t WITH (HOLDLOCK) WHERE k = 10")))
          .containsExactly(List.of(1));
      assertThat(blocked(b, "INSERT t VALUES (7, 10, 700)")).containsExactly(1222); // a phantom k = 10
      assertThat(blocked(b, "UPDATE t SET v = 0 WHERE id = 1")).containsExactly(1222); // a column not in the index
      assertThat(blocked(b, "INSERT t VALUES (8, 11, 800)")).isEmpty();
      TestSessions.run(a, "COMMIT");
    }
  }

  /** On one primary key the key is held whether or not its row exists; shared holders coexist. */
  @Test
  void holdlockOnAnAbsentKeyKeepsItAbsent() {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession a = session(engine);
        EngineSession b = session(engine)) {
      TestSessions.run(a, TABLE);
      assertThat(rows(TestSessions.run(a, "BEGIN TRAN SELECT id FROM t WITH (HOLDLOCK) WHERE id = 5"))).isEmpty();
      assertThat(rows(TestSessions.run(b, "BEGIN TRAN SELECT id FROM t WITH (HOLDLOCK) WHERE id = 5"))).isEmpty();
      TestSessions.run(b, "COMMIT");
      assertThat(blocked(b, "INSERT t VALUES (5, 50, 500)")).containsExactly(1222);
      TestSessions.run(a, "COMMIT");
      assertThat(blocked(b, "INSERT t VALUES (5, 50, 500)")).isEmpty();
    }
  }

  /** REPEATABLEREAD keeps each row read from changing, but not new rows from appearing. */
  @ParameterizedTest
  @ValueSource(strings = {
    "SELECT v FROM t WITH (REPEATABLEREAD) WHERE id = 1",
    "SELECT v FROM t WITH (REPEATABLEREAD) WHERE k = 10",
    "SELECT v FROM t WITH (REPEATABLEREAD) WHERE v = 100"
  })
  void repeatablereadHoldsTheRowsRead(String read) {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession a = session(engine);
        EngineSession b = session(engine)) {
      TestSessions.run(a, TABLE);
      assertThat(rows(TestSessions.run(a, "BEGIN TRAN " + read))).containsExactly(List.of(100));
      assertThat(blocked(b, "UPDATE t SET v = 101 WHERE id = 1")).containsExactly(1222);
      assertThat(blocked(b, "INSERT t VALUES (3, 10, 100)")).isEmpty(); // phantoms are allowed
      assertThat(rows(TestSessions.run(b, "SELECT v FROM t WITH (REPEATABLEREAD) WHERE id = 1")))
          .containsExactly(List.of(100)); // shared locks coexist
      TestSessions.run(a, "COMMIT");
      assertThat(blocked(b, "UPDATE t SET v = 101 WHERE id = 1")).isEmpty();
    }
  }

  /**
   * NOWAIT: 1222 at once even where the session would wait forever (LOCK_TIMEOUT -1); a read
   * that takes no lock under READ COMMITTED never waits anyway.
   */
  @ParameterizedTest
  @ValueSource(strings = {
    "SELECT v FROM t WITH (UPDLOCK, NOWAIT) WHERE id = 1",
    "SELECT v FROM t WITH (REPEATABLEREAD, NOWAIT)",
    "SELECT v FROM t WITH (NOWAIT, HOLDLOCK) WHERE k = 10",
  })
  void nowaitFailsAtTheFirstHeldLock(String read) throws Exception {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession a = session(engine);
        EngineSession b = session(engine)) {
      TestSessions.run(a, TABLE);
      TestSessions.run(a, "BEGIN TRAN UPDATE t SET v = 101 WHERE id = 1");
      CollectingSink sink =
          CompletableFuture.supplyAsync(() -> TestSessions.run(b, "SET LOCK_TIMEOUT -1 " + read))
              .get(60, TimeUnit.SECONDS); // a hang guard: without NOWAIT this waits for a's COMMIT
      assertThat(errors(sink)).containsExactly(1222);
      assertThat(rows(TestSessions.run(b, "SELECT v FROM t WITH (NOWAIT) WHERE id = 1"))).containsExactly(List.of(100));
      TestSessions.run(a, "ROLLBACK");
    }
  }

  /** READPAST leaves out the rows another transaction holds locked, by any access path. */
  @ParameterizedTest
  @ValueSource(strings = {
    "SELECT id FROM t WITH (READPAST) ORDER BY id",
    "SELECT id FROM t WITH (READPAST) WHERE id <= 20 ORDER BY id",
    "SELECT id FROM t WITH (READPAST) WHERE k IN (10, 20, 30) ORDER BY id",
    "SELECT id FROM t WITH (READPAST, REPEATABLEREAD) ORDER BY id",
    "SELECT id FROM t WITH (UPDLOCK, READPAST) ORDER BY id"
  })
  void readpastSkipsLockedRows(String read) {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession a = session(engine);
        EngineSession b = session(engine)) {
      TestSessions.run(a, TABLE);
      TestSessions.run(a, "BEGIN TRAN UPDATE t SET v = 101 WHERE id = 1 DELETE t WHERE id = 20 INSERT t VALUES (3, 40, 400)");
      assertThat(rows(TestSessions.run(b, "BEGIN TRAN " + read))).containsExactly(List.of(2));
      assertThat(rows(TestSessions.run(b, "SELECT id FROM t WITH (READPAST) WHERE id = 1"))).isEmpty();
      TestSessions.run(b, "COMMIT");
      TestSessions.run(a, "COMMIT");
      assertThat(rows(TestSessions.run(b, read))).hasSize(read.contains("k IN") ? 2 : 3); // none held now
    }
  }

  /** A plain READPAST read under READ COMMITTED gives back the lock it tested each row with. */
  @Test
  void readpastUnderReadCommittedLeavesNoLockBehind() {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession a = session(engine);
        EngineSession b = session(engine)) {
      TestSessions.run(a, TABLE);
      assertThat(rows(TestSessions.run(a, "BEGIN TRAN SELECT id FROM t WITH (READPAST) WHERE id = 1")))
          .containsExactly(List.of(1));
      assertThat(blocked(b, "UPDATE t SET v = 0 WHERE id = 1")).isEmpty();
      TestSessions.run(a, "COMMIT");
    }
  }

  /** The queue pattern: two workers each take the first row nobody else holds. */
  @Test
  void twoQueueWorkersTakeDifferentRows() {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession a = session(engine);
        EngineSession b = session(engine)) {
      TestSessions.run(a, "CREATE TABLE q (id int PRIMARY KEY, job nvarchar(10))"
          + " INSERT q VALUES (1, N'one'), (2, N'two'), (3, N'three')");
      String take = "SELECT TOP (1) id FROM q WITH (UPDLOCK, READPAST, ROWLOCK) ORDER BY id";
      assertThat(rows(TestSessions.run(a, "BEGIN TRAN " + take))).containsExactly(List.of(1));
      assertThat(rows(TestSessions.run(b, "BEGIN TRAN " + take))).containsExactly(List.of(2));
      TestSessions.run(a, "DELETE q WHERE id = 1 COMMIT");
      TestSessions.run(b, "DELETE q WHERE id = 2 COMMIT");
      assertThat(rows(TestSessions.run(a, "SELECT id FROM q"))).containsExactly(List.of(3));
    }
  }

  /** The queue pattern in one statement: DELETE TOP (1) … WITH (READPAST) OUTPUT deleted.*. */
  @Test
  void twoWorkersDeleteDifferentRowsPastEachOthersLocks() {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession a = session(engine);
        EngineSession b = session(engine)) {
      TestSessions.run(a, "CREATE TABLE q (id int PRIMARY KEY, job nvarchar(10))"
          + " INSERT q VALUES (1, N'one'), (2, N'two'), (3, N'three')");
      String take = "DELETE TOP (1) FROM q WITH (ROWLOCK, READPAST) OUTPUT deleted.id, deleted.job";
      assertThat(rows(TestSessions.run(a, "BEGIN TRAN " + take))).containsExactly(List.of(1, "one"));
      assertThat(rows(TestSessions.run(b, "BEGIN TRAN " + take))).containsExactly(List.of(2, "two"));
      // Without READPAST the second worker waits for the first one's row.
      assertThat(blocked(b, "DELETE TOP (1) FROM q OUTPUT deleted.id")).containsExactly(1222);
      TestSessions.run(a, "COMMIT");
      TestSessions.run(b, "COMMIT");
      assertThat(rows(TestSessions.run(a, "SELECT id FROM q"))).containsExactly(List.of(3));
    }
  }

  /** NOWAIT on the target of UPDATE or DELETE: 1222 at once at the first row another holds. */
  @ParameterizedTest
  @ValueSource(strings = {"UPDATE t WITH (NOWAIT) SET v = 0", "DELETE t WITH (NOWAIT) WHERE k >= 10"})
  void nowaitOnATargetFailsAtOnce(String change) throws Exception {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession a = session(engine);
        EngineSession b = session(engine)) {
      TestSessions.run(a, TABLE);
      TestSessions.run(a, "BEGIN TRAN UPDATE t SET v = 101 WHERE id = 2");
      CollectingSink sink =
          CompletableFuture.supplyAsync(() -> TestSessions.run(b, "SET LOCK_TIMEOUT -1 " + change))
              .get(60, TimeUnit.SECONDS); // a hang guard: without NOWAIT this waits for a's COMMIT
      assertThat(errors(sink)).containsExactly(1222);
      TestSessions.run(a, "ROLLBACK");
      assertThat(rows(TestSessions.run(b, "SELECT COUNT(*) FROM t WHERE v = 0"))).containsExactly(List.of(0));
    }
  }

  /** HOLDLOCK on a DELETE's target keeps the range it emptied empty until COMMIT. */
  @Test
  void holdlockOnADeleteTargetKeepsItsRangeEmpty() {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession a = session(engine);
        EngineSession b = session(engine)) {
      TestSessions.run(a, TABLE);
      TestSessions.run(a, "BEGIN TRAN DELETE t WITH (HOLDLOCK) WHERE id BETWEEN 1 AND 10");
      assertThat(blocked(b, "INSERT t VALUES (5, 50, 500)")).containsExactly(1222);
      assertThat(blocked(b, "INSERT t VALUES (50, 50, 500)")).isEmpty();
      TestSessions.run(a, "COMMIT");
      assertThat(blocked(b, "INSERT t VALUES (5, 50, 500)")).isEmpty();
    }
  }

  /** READPAST may only skip rows under READ COMMITTED and REPEATABLE READ (and, locking, SNAPSHOT). */
  @ParameterizedTest
  @ValueSource(strings = {"SERIALIZABLE", "READ UNCOMMITTED", "SNAPSHOT"})
  void readpastElsewhereIs650(String level) {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession a = session(engine)) {
      TestSessions.run(a, TABLE);
      assertThat(errors(TestSessions.run(a, "SET TRANSACTION ISOLATION LEVEL " + level
          + " SELECT id FROM t WITH (READPAST)"))).containsExactly(650);
    }
  }

  /**
   * TABLOCKX (the "lock the table for this transaction" idiom): every writer of the table, and
   * every locking read, waits until COMMIT; a READ COMMITTED read still reads the committed rows.
   */
  @ParameterizedTest
  @ValueSource(strings = {
    "SELECT TOP 0 * FROM t WITH (TABLOCKX, HOLDLOCK)",
    "SELECT * FROM t WITH (TABLOCKX, HOLDLOCK) WHERE 0 = 1",
    "SELECT COUNT(*) FROM t WITH (TABLOCKX) WHERE id = 1",
    "UPDATE t WITH (TABLOCKX) SET v = v WHERE id = 1",
  })
  void tablockxLocksTheWholeTable(String statement) {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession a = session(engine);
        EngineSession b = session(engine)) {
      TestSessions.run(a, TABLE);
      assertThat(errors(TestSessions.run(a, "BEGIN TRAN " + statement))).isEmpty();
      assertThat(blocked(b, "INSERT t VALUES (50, 50, 500)")).containsExactly(1222);
      assertThat(blocked(b, "UPDATE t SET v = 0 WHERE id = 20")).containsExactly(1222);
      assertThat(blocked(b, "SELECT COUNT(*) FROM t WITH (UPDLOCK) WHERE id = 20")).containsExactly(1222);
      assertThat(rows(TestSessions.run(b, "SELECT COUNT(*) FROM t"))).containsExactly(List.of(3));
      assertThat(errors(TestSessions.run(a, "COMMIT"))).isEmpty();
      assertThat(blocked(b, "INSERT t VALUES (50, 50, 500)")).isEmpty();
    }
  }
}
