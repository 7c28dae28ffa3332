package dev.quern.engine.exec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.EngineSession;
import dev.quern.engine.api.SqlMessage;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A child row never commits without its parent when a DELETE of the parent and an INSERT of the
 * child race (default isolation, no hints): the child's check of its parent holds a shared lock
 * until its transaction ends, so whichever comes second waits for the first, then fails with 547.
 * The waits are shown with a short LOCK_TIMEOUT (1222) instead of a second thread.
 */
class ForeignKeyConcurrencyTest {
  private static final String SCHEMA =
      "CREATE TABLE p (id int PRIMARY KEY, note int); CREATE TABLE c (id int PRIMARY KEY, pid int REFERENCES p (id));"
          + " INSERT p VALUES (1, 0), (2, 0)";

  @Test
  void aChildInsertWaitsForAParentDeleteUnderWayThenFails() {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession deleter = TestSessions.open(engine);
        EngineSession inserter = TestSessions.open(engine)) {
      TestSessions.rows(deleter, SCHEMA);
      TestSessions.rows(deleter, "BEGIN TRAN; DELETE p WHERE id = 1");
      assertThat(errors(inserter, "SET LOCK_TIMEOUT 200; INSERT c VALUES (10, 1)")).containsExactly(1222);
      TestSessions.rows(deleter, "COMMIT");
      assertThat(errors(inserter, "INSERT c VALUES (10, 1)")).containsExactly(547);
      assertThat(TestSessions.rows(inserter, "SELECT COUNT(*) FROM c")).containsExactly("0");
    }
  }

  @Test
  void aParentDeleteWaitsForAChildInsertUnderWayThenFails() {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession deleter = TestSessions.open(engine);
        EngineSession inserter = TestSessions.open(engine)) {
      TestSessions.rows(deleter, SCHEMA);
      TestSessions.rows(inserter, "BEGIN TRAN; INSERT c VALUES (10, 1)");
      assertThat(errors(deleter, "SET LOCK_TIMEOUT 200; DELETE p WHERE id = 1")).containsExactly(1222);
      // Other parents, and reads of this one, are not held up.
      assertThat(errors(deleter, "DELETE p WHERE id = 2")).isEmpty();
      assertThat(TestSessions.rows(deleter, "SELECT note FROM p WHERE id = 1")).containsExactly("0");
      TestSessions.rows(inserter, "COMMIT");
      assertThat(errors(deleter, "DELETE p WHERE id = 1")).containsExactly(547);
      assertThat(TestSessions.rows(deleter, "SELECT c.id FROM c JOIN p ON p.id = c.pid")).containsExactly("10");
    }
  }

  @Test
  void aRolledBackParentDeleteLeavesTheParentToItsChildren() {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession deleter = TestSessions.open(engine);
        EngineSession inserter = TestSessions.open(engine)) {
      TestSessions.rows(deleter, SCHEMA);
      TestSessions.rows(deleter, "BEGIN TRAN; DELETE p WHERE id = 1");
      TestSessions.rows(deleter, "ROLLBACK");
      assertThat(errors(inserter, "INSERT c VALUES (10, 1)")).isEmpty();
    }
  }

  private static List<Integer> errors(EngineSession s, String sql) {
    return TestSessions.run(s, sql).errors().stream().map(SqlMessage::number).toList();
  }
}
