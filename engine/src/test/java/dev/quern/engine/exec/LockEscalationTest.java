package dev.quern.engine.exec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.EngineSession;
import dev.quern.engine.api.SqlMessage;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lock escalation and TABLOCK take the table lock exclusively: other writers and locking readers of
 * the table wait for the transaction (1222 with a short LOCK_TIMEOUT), while READ COMMITTED readers,
 * row-versioned as under SQL Server's READ_COMMITTED_SNAPSHOT, are not held up. A statement
 * escalates after 5,000 rows of one table, only when no other transaction holds a lock on it (the
 * attempt never waits), never with LOCK_ESCALATION = DISABLE.
 */
class LockEscalationTest {
  private static final String TABLE = "CREATE TABLE e (id int PRIMARY KEY, v int); INSERT e VALUES (-1, 0)";

  @Test
  void aLargeInsertEscalatesWritersWaitAndReadersDoNot() {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession s = TestSessions.open(engine);
        EngineSession other = TestSessions.open(engine)) {
      TestSessions.rows(s, TABLE);
      TestSessions.rows(s, "BEGIN TRAN; INSERT e SELECT value, 0 FROM GENERATE_SERIES(1, 8000)");
      assertThat(TestSessions.rows(other, "SET LOCK_TIMEOUT 200; SELECT COUNT(*) FROM e")).containsExactly("1");
      assertThat(TestSessions.rows(other, "SET LOCK_TIMEOUT 200; SELECT v FROM e WHERE id = -1")).containsExactly("0");
      assertThat(errors(other, "SET LOCK_TIMEOUT 200; INSERT e VALUES (100000, 1)")).containsExactly(1222);
      assertThat(errors(other, "SET LOCK_TIMEOUT 200; UPDATE e SET v = 5 WHERE id = -1")).containsExactly(1222);
      assertThat(errors(other, "SET LOCK_TIMEOUT 200; SET TRANSACTION ISOLATION LEVEL REPEATABLE READ;"
          + " SELECT v FROM e WHERE id = -1")).containsExactly(1222);
      assertThat(TestSessions.rows(s, "SELECT request_mode FROM sys.dm_tran_locks WHERE resource_type = 'OBJECT'"
          + " AND resource_associated_entity_id = OBJECT_ID('e') AND request_session_id = @@SPID AND request_mode = 'X'"))
          .containsExactly("X");
      TestSessions.rows(s, "COMMIT");
      TestSessions.rows(other, "SET TRANSACTION ISOLATION LEVEL READ COMMITTED");
      assertThat(errors(other, "INSERT e VALUES (100000, 1)")).isEmpty();
      assertThat(TestSessions.rows(s, "SELECT COUNT(*) FROM e")).containsExactly("8002");
    }
  }

  @Test
  void rowsAreCountedPerStatementNotPerTransaction() {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession s = TestSessions.open(engine);
        EngineSession other = TestSessions.open(engine)) {
      TestSessions.rows(s, TABLE);
      // 8,000 rows in one transaction, 4,000 per statement: no statement reaches 5,000.
      TestSessions.rows(s, "BEGIN TRAN; INSERT e SELECT value, 0 FROM GENERATE_SERIES(1, 4000)");
      TestSessions.rows(s, "INSERT e SELECT value, 0 FROM GENERATE_SERIES(4001, 8000)");
      assertThat(errors(other, "SET LOCK_TIMEOUT 200; INSERT e VALUES (100000, 1)")).isEmpty();
      assertThat(TestSessions.rows(s, "SELECT COUNT(*) FROM sys.dm_tran_locks WHERE resource_type = 'OBJECT'"
          + " AND resource_associated_entity_id = OBJECT_ID('e') AND request_session_id = @@SPID AND request_mode = 'X'"))
          .containsExactly("0");
      // The next statement alone reaches the threshold.
      TestSessions.rows(s, "INSERT e SELECT value, 0 FROM GENERATE_SERIES(10001, 15000)");
      assertThat(errors(other, "SET LOCK_TIMEOUT 200; INSERT e VALUES (100001, 1)")).containsExactly(1222);
      TestSessions.rows(s, "COMMIT");
      assertThat(TestSessions.rows(s, "SELECT COUNT(*) FROM e")).containsExactly("13002");
    }
  }

  @Test
  void noEscalationWhileAnotherTransactionWritesTheTable() {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession s = TestSessions.open(engine);
        EngineSession other = TestSessions.open(engine)) {
      TestSessions.rows(s, TABLE);
      TestSessions.rows(other, "BEGIN TRAN; INSERT e VALUES (-2, 0)");
      // The escalation attempts fail at once (another transaction holds the table): row locks go on.
      TestSessions.rows(s, "BEGIN TRAN; INSERT e SELECT value, 0 FROM GENERATE_SERIES(1, 8000)");
      assertThat(errors(other, "SET LOCK_TIMEOUT 200; INSERT e VALUES (-3, 0)")).isEmpty();
      TestSessions.rows(other, "COMMIT");
      TestSessions.rows(s, "COMMIT");
      assertThat(TestSessions.rows(s, "SELECT COUNT(*) FROM e")).containsExactly("8003");
    }
  }

  @Test
  void lockEscalationDisableKeepsRowLocks() {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession s = TestSessions.open(engine);
        EngineSession other = TestSessions.open(engine)) {
      TestSessions.rows(s, TABLE + "; ALTER TABLE e SET (LOCK_ESCALATION = DISABLE)");
      TestSessions.rows(s, "BEGIN TRAN; INSERT e SELECT value, 0 FROM GENERATE_SERIES(1, 8000)");
      assertThat(errors(other, "SET LOCK_TIMEOUT 200; INSERT e VALUES (100000, 1)")).isEmpty();
      TestSessions.rows(s, "COMMIT");
    }
  }

  @Test
  void tablockLeavesReadCommittedReadersAlone() {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession s = TestSessions.open(engine);
        EngineSession other = TestSessions.open(engine)) {
      TestSessions.rows(s, TABLE);
      TestSessions.rows(s, "BEGIN TRAN; INSERT e WITH (TABLOCK) VALUES (1, 1)");
      assertThat(TestSessions.rows(other, "SET LOCK_TIMEOUT 200; SELECT COUNT(*) FROM e")).containsExactly("1");
      assertThat(errors(other, "SET LOCK_TIMEOUT 200; INSERT e VALUES (2, 2)")).containsExactly(1222);
      assertThat(errors(other, "SET LOCK_TIMEOUT 200; SELECT v FROM e WITH (UPDLOCK) WHERE id = -1")).containsExactly(1222);
      TestSessions.rows(s, "ROLLBACK");
      assertThat(errors(other, "INSERT e VALUES (2, 2)")).isEmpty();
    }
  }

  @Test
  void lockEscalationIsKeptAndGoesWithItsTable() {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession s = TestSessions.open(engine)) {
      TestSessions.rows(s, "CREATE TABLE e (id int PRIMARY KEY); ALTER TABLE e SET (LOCK_ESCALATION = DISABLE)");
      assertThat(TestSessions.rows(s, "SELECT lock_escalation, lock_escalation_desc FROM sys.tables WHERE name = 'e'"))
          .containsExactly("1,DISABLE");
      TestSessions.rows(s, "DROP TABLE e; CREATE TABLE e (id int PRIMARY KEY)");
      assertThat(TestSessions.rows(s, "SELECT lock_escalation_desc FROM sys.tables WHERE name = 'e'")).containsExactly("TABLE");
    }
  }

  private static List<Integer> errors(EngineSession s, String sql) {
    return TestSessions.run(s, sql).errors().stream().map(SqlMessage::number).toList();
  }
}
