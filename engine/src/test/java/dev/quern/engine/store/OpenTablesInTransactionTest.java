package dev.quern.engine.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.CollectingSink;
import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.EngineSession;
import dev.quern.engine.api.SessionInfo;
import dev.quern.engine.api.SqlMessage;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A transaction reuses the tables it opened (StoreTxn.openTable): the definition stays locked
 * shared while it is reused, a statement rolled back to its savepoint takes the lock again on the
 * next open, and the transaction's own DDL is seen at once.
 */
class OpenTablesInTransactionTest {
  private static final AtomicInteger SPIDS = new AtomicInteger(200);

  private static EngineSession session(QuernEngine engine) {
    return engine.openSession(new SessionInfo(
        SPIDS.incrementAndGet(), "sa", "", "", "test", "OpenTablesTest", 1, 0x74000004, 4096));
  }

  private static List<Integer> errors(CollectingSink sink) {
    return sink.errors().stream().map(SqlMessage::number).toList();
  }

  @Test
  void aReusedTableKeepsItsDefinitionLocked() {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession a = session(engine);
        EngineSession b = session(engine)) {
      TestSessions.run(a, "CREATE TABLE t (id int PRIMARY KEY, v int)");
      assertThat(errors(TestSessions.run(a, "BEGIN TRAN INSERT t VALUES (1, 1)"))).isEmpty();
      assertThat(errors(TestSessions.run(a, "INSERT t VALUES (2, 2)"))).isEmpty();
      assertThat(errors(TestSessions.run(a, "INSERT t VALUES (3, 3)"))).isEmpty();

      assertThat(errors(TestSessions.run(b, "SET LOCK_TIMEOUT 50 ALTER TABLE t ADD c int")))
          .containsExactly(1222);
      TestSessions.run(a, "COMMIT");
      assertThat(errors(TestSessions.run(b, "ALTER TABLE t ADD c int"))).isEmpty();
    }
  }

  @Test
  void aStatementRolledBackToItsSavepointLocksTheDefinitionAgainOnTheNextOpen() {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession a = session(engine);
        EngineSession b = session(engine)) {
      TestSessions.run(a, "CREATE TABLE t (id int PRIMARY KEY, v int) INSERT t VALUES (1, 1)");
      // The first open of t in this transaction fails (duplicate key): undone to its savepoint.
      assertThat(errors(TestSessions.run(a, "BEGIN TRAN INSERT t VALUES (1, 1)")))
          .containsExactly(2627);
      assertThat(errors(TestSessions.run(a, "INSERT t VALUES (2, 2)"))).isEmpty();
      assertThat(errors(TestSessions.run(a, "INSERT t VALUES (3, 3)"))).isEmpty();

      assertThat(errors(TestSessions.run(b, "SET LOCK_TIMEOUT 50 ALTER TABLE t ADD c int")))
          .containsExactly(1222);
      TestSessions.run(a, "COMMIT");
      CollectingSink count = TestSessions.run(b, "SELECT COUNT(*) FROM t");
      assertThat(count.events).anySatisfy(e ->
          assertThat(e).isInstanceOfSatisfying(CollectingSink.Row.class,
              r -> assertThat(r.values()[0]).isEqualTo(3)));
    }
  }

  @Test
  void theTransactionsOwnAlterIsSeenByItsNextInsert() {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession a = session(engine)) {
      TestSessions.run(a, "CREATE TABLE t (id int PRIMARY KEY)");
      assertThat(errors(TestSessions.run(a, "BEGIN TRAN INSERT t VALUES (1)"))).isEmpty();
      assertThat(errors(TestSessions.run(a, "INSERT t VALUES (2)"))).isEmpty();
      assertThat(errors(TestSessions.run(a, "ALTER TABLE t ADD c int"))).isEmpty();
      assertThat(errors(TestSessions.run(a, "INSERT t (id, c) VALUES (3, 30)"))).isEmpty();
      CollectingSink rows = TestSessions.run(a, "SELECT c FROM t WHERE id = 3");
      assertThat(rows.events).anySatisfy(e ->
          assertThat(e).isInstanceOfSatisfying(CollectingSink.Row.class,
              r -> assertThat(r.values()[0]).isEqualTo(30)));
      assertThat(errors(TestSessions.run(a, "COMMIT"))).isEmpty();
    }
  }
  @Test
  void anotherSessionsDdlIsSeenByTheNextStatementOfAnOpenTransaction() {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession a = session(engine);
        EngineSession b = session(engine)) {
      TestSessions.run(a, "CREATE TABLE t (id int PRIMARY KEY)");
      assertThat(errors(TestSessions.run(a, "BEGIN TRAN INSERT t VALUES (1)"))).isEmpty();
      assertThat(errors(TestSessions.run(a, "INSERT t VALUES (2)"))).isEmpty();
      assertThat(errors(TestSessions.run(a, "SELECT * FROM u"))).containsExactly(208);
      assertThat(errors(TestSessions.run(b, "CREATE TABLE u (id int)"))).isEmpty();
      assertThat(errors(TestSessions.run(a, "INSERT u VALUES (3)"))).isEmpty();
      assertThat(errors(TestSessions.run(a, "INSERT t VALUES (4)"))).isEmpty();
      assertThat(errors(TestSessions.run(a, "COMMIT"))).isEmpty();
      assertThat(errors(TestSessions.run(b, "DROP TABLE u"))).isEmpty();
      assertThat(errors(TestSessions.run(a, "BEGIN TRAN INSERT t VALUES (5)"))).isEmpty();
      assertThat(errors(TestSessions.run(a, "INSERT u VALUES (6)"))).containsExactly(208);
      TestSessions.run(a, "IF @@TRANCOUNT > 0 ROLLBACK");
    }
  }
}
