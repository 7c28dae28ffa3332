package dev.quern.engine.exec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.CollectingSink;
import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.EngineSession;
import dev.quern.engine.api.SqlMessage;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lock escalation on INSERT, as SQL Server's: a statement that inserts 5,000 rows or more into a
 * table takes the table lock if it can have it at once (the rest of its rows then take no row
 * locks), and keeps row locks when another transaction holds the table.
 */
class LockEscalationTest {
  private static List<Integer> numbers(CollectingSink sink) {
    return sink.errors().stream().map(SqlMessage::number).toList();
  }

  @Test
  void aLargeInsertEscalatesToTheTableLockUntilItsTransactionEnds() {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession s = TestSessions.open(engine);
        EngineSession other = TestSessions.open(engine)) {
      TestSessions.rows(s, "CREATE TABLE e (id int PRIMARY KEY, v int); CREATE INDEX ix_v ON e (v)");
      TestSessions.rows(s, "BEGIN TRAN; INSERT e SELECT value, value % 7 FROM GENERATE_SERIES(1, 6000)");
      assertThat(numbers(TestSessions.run(other, "SET LOCK_TIMEOUT 200; INSERT e VALUES (100000, 1)")))
          .containsExactly(1222);
      // Its own later statements see and check everything it wrote through the table lock.
      assertThat(numbers(TestSessions.run(s, "INSERT e VALUES (6000, 0)"))).containsExactly(2627);
      TestSessions.rows(s, "COMMIT");
      assertThat(TestSessions.run(other, "INSERT e VALUES (100000, 1)").errors()).isEmpty();
      assertThat(TestSessions.rows(other, "SELECT COUNT(*), COUNT(DISTINCT v) FROM e")).containsExactly("6001,7");
    }
  }

  @Test
  void aSmallInsertKeepsRowLocks() {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession s = TestSessions.open(engine);
        EngineSession other = TestSessions.open(engine)) {
      TestSessions.rows(s, "CREATE TABLE e (id int PRIMARY KEY, v int)");
      TestSessions.rows(s, "BEGIN TRAN; INSERT e SELECT value, 0 FROM GENERATE_SERIES(1, 4000)");
      assertThat(TestSessions.run(other, "SET LOCK_TIMEOUT 200; INSERT e VALUES (100000, 1)").errors()).isEmpty();
      TestSessions.rows(s, "COMMIT");
      assertThat(TestSessions.rows(s, "SELECT COUNT(*) FROM e")).containsExactly("4001");
    }
  }

  @Test
  void anotherTransactionOnTheTableKeepsTheInsertOnRowLocks() {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession s = TestSessions.open(engine);
        EngineSession other = TestSessions.open(engine)) {
      TestSessions.rows(s, "CREATE TABLE e (id int PRIMARY KEY, v int)");
      TestSessions.rows(other, "BEGIN TRAN; INSERT e VALUES (100000, 1)"); // holds the table shared
      TestSessions.rows(s, "BEGIN TRAN; INSERT e SELECT value, 0 FROM GENERATE_SERIES(1, 8000)");
      // No escalation happened: the other transaction goes on writing other rows.
      assertThat(TestSessions.run(other, "SET LOCK_TIMEOUT 200; INSERT e VALUES (100001, 1); COMMIT").errors()).isEmpty();
      assertThat(numbers(TestSessions.run(other, "SET LOCK_TIMEOUT 200; INSERT e VALUES (5, 1)"))).containsExactly(1222);
      TestSessions.rows(s, "COMMIT");
      assertThat(TestSessions.rows(s, "SELECT COUNT(*) FROM e")).containsExactly("8002");
    }
  }

  @Test
  void lockEscalationDisableKeepsRowLocksAndGoesWithItsTable() {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession s = TestSessions.open(engine);
        EngineSession other = TestSessions.open(engine)) {
      TestSessions.rows(s, "CREATE TABLE e (id int PRIMARY KEY, v int); ALTER TABLE e SET (LOCK_ESCALATION = DISABLE)");
      TestSessions.rows(s, "BEGIN TRAN; INSERT e SELECT value, 0 FROM GENERATE_SERIES(1, 8000)");
      assertThat(TestSessions.run(other, "SET LOCK_TIMEOUT 200; INSERT e VALUES (100000, 1)").errors()).isEmpty();
      TestSessions.rows(s, "COMMIT");
      TestSessions.rows(s, "ALTER TABLE e SET (LOCK_ESCALATION = TABLE); BEGIN TRAN; INSERT e SELECT value, 0 FROM GENERATE_SERIES(10001, 18000)");
      assertThat(numbers(TestSessions.run(other, "SET LOCK_TIMEOUT 200; INSERT e VALUES (100001, 1)"))).containsExactly(1222);
      TestSessions.rows(s, "COMMIT");
      TestSessions.rows(s, "DROP TABLE e; CREATE TABLE e (id int PRIMARY KEY)");
      assertThat(TestSessions.rows(s, "SELECT lock_escalation_desc FROM sys.tables WHERE name = 'e'")).containsExactly("TABLE");
    }
  }
}
