package dev.quern.engine.exec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.EngineSession;
import dev.quern.engine.api.SessionInfo;
import dev.quern.engine.api.SqlMessage;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * ALTER INDEX … DISABLE and REBUILD lock as the other index DDL does: they wait for transactions
 * that use the table (or, for a clustered index, the tables whose foreign keys they disable), and
 * other sessions wait for theirs; a rolled-back DISABLE leaves the index enabled and maintained.
 */
class IndexDisableConcurrencyTest {
  private static final AtomicInteger SPIDS = new AtomicInteger(300);

  private static EngineSession session(QuernEngine engine) {
    return engine.openSession(new SessionInfo(
        SPIDS.incrementAndGet(), "sa", "", "", "test", "IndexDisableTest", 1, 0x74000004, 4096));
  }

  private static List<Integer> errors(EngineSession s, String sql) {
    return TestSessions.run(s, sql).errors().stream().map(SqlMessage::number).toList();
  }

  @Test
  void disableWaitsForATransactionUsingTheTable() {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession a = session(engine);
        EngineSession b = session(engine)) {
      TestSessions.run(a, "CREATE TABLE t (id int PRIMARY KEY, v int) CREATE INDEX ix_v ON t (v)");
      assertThat(errors(a, "BEGIN TRAN INSERT t VALUES (1, 1)")).isEmpty();

      assertThat(errors(b, "SET LOCK_TIMEOUT 50 ALTER INDEX ix_v ON t DISABLE")).containsExactly(1222);
      TestSessions.run(a, "COMMIT");
      assertThat(errors(b, "ALTER INDEX ix_v ON t DISABLE")).isEmpty();
      assertThat(TestSessions.rows(b, "SELECT is_disabled FROM sys.indexes WHERE name = 'ix_v'"))
          .containsExactly("true");
    }
  }

  @Test
  void writersWaitForAnUncommittedDisableAndARollbackKeepsTheIndexMaintained() {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession a = session(engine);
        EngineSession b = session(engine)) {
      TestSessions.run(a, "CREATE TABLE t (id int PRIMARY KEY, v int) CREATE INDEX ix_v ON t (v)");
      assertThat(errors(b, "BEGIN TRAN ALTER INDEX ix_v ON t DISABLE")).isEmpty();

      assertThat(errors(a, "SET LOCK_TIMEOUT 50 INSERT t VALUES (1, 1)")).containsExactly(1222);
      TestSessions.run(b, "ROLLBACK");
      assertThat(errors(a, "SET LOCK_TIMEOUT -1 INSERT t VALUES (2, 2)")).isEmpty();
      assertThat(TestSessions.rows(a, "SELECT id FROM t WITH (INDEX(ix_v)) WHERE v = 2")).containsExactly("2");
      assertThat(TestSessions.rows(a, "SELECT INDEXPROPERTY(OBJECT_ID('t'), 'ix_v', 'IsDisabled')"))
          .containsExactly("0");
    }
  }

  @Test
  void disablingAPrimaryKeyWaitsForTheTablesWhoseForeignKeysItDisables() {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession a = session(engine);
        EngineSession b = session(engine)) {
      TestSessions.run(a, "CREATE TABLE p (id int CONSTRAINT pk_p PRIMARY KEY) INSERT p VALUES (1)");
      TestSessions.run(a, "CREATE TABLE c (id int PRIMARY KEY, pid int CONSTRAINT fk_c_p REFERENCES p (id))");
      assertThat(errors(a, "BEGIN TRAN INSERT c VALUES (1, 1)")).isEmpty();

      assertThat(errors(b, "SET LOCK_TIMEOUT 50 ALTER INDEX pk_p ON p DISABLE")).containsExactly(1222);
      TestSessions.run(a, "COMMIT");
      assertThat(errors(b, "ALTER INDEX pk_p ON p DISABLE")).isEmpty();
      assertThat(TestSessions.rows(b, "SELECT is_disabled FROM sys.foreign_keys WHERE name = 'fk_c_p'"))
          .containsExactly("true");
    }
  }
}
