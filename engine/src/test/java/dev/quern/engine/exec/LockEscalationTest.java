package dev.quern.engine.exec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.EngineSession;
import org.junit.jupiter.api.Test;

/**
 * Quern does not escalate row locks: its READ COMMITTED reads are row-versioned (as under SQL
 * Server's READ_COMMITTED_SNAPSHOT), and its table lock would make them wait, which SQL Server's
 * escalated lock does not. A large insert in an open transaction leaves other readers and writers
 * of the table free; LOCK_ESCALATION is kept, shown by sys.tables and dropped with its table.
 */
class LockEscalationTest {
  @Test
  void aLargeInsertInAnOpenTransactionBlocksNeitherReadersNorOtherWriters() {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession s = TestSessions.open(engine);
        EngineSession other = TestSessions.open(engine)) {
      TestSessions.rows(s, "CREATE TABLE e (id int PRIMARY KEY, v int); INSERT e VALUES (-1, 0)");
      TestSessions.rows(s, "BEGIN TRAN; INSERT e SELECT value, 0 FROM GENERATE_SERIES(1, 8000)");
      assertThat(TestSessions.rows(other, "SET LOCK_TIMEOUT 200; SELECT COUNT(*) FROM e")).containsExactly("1");
      assertThat(TestSessions.rows(other, "SET LOCK_TIMEOUT 200; SELECT v FROM e WHERE id = -1")).containsExactly("0");
      assertThat(TestSessions.run(other, "SET LOCK_TIMEOUT 200; INSERT e VALUES (100000, 1)").errors()).isEmpty();
      TestSessions.rows(s, "COMMIT");
      assertThat(TestSessions.rows(s, "SELECT COUNT(*) FROM e")).containsExactly("8002");
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
}
