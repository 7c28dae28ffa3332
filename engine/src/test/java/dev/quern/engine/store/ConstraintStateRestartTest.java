package dev.quern.engine.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.CollectingSink;
import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.EngineSession;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** NOCHECK CONSTRAINT and WITH NOCHECK ADD are catalog state: they survive closing the engine. */
class ConstraintStateRestartTest {
  @TempDir Path dir;

  private static List<String> rows(EngineSession s, String sql) {
    return TestSessions.rows(s, sql);
  }

  private static final String STATES =
      "SELECT name, is_disabled, is_not_trusted FROM sys.check_constraints"
          + " UNION ALL SELECT name, is_disabled, is_not_trusted FROM sys.foreign_keys ORDER BY name";

  @Test
  void disabledAndUntrustedConstraintsStaySoAfterRestart() {
    try (QuernEngine engine = QuernEngine.open(dir);
        EngineSession s = TestSessions.open(engine)) {
      rows(s, "CREATE TABLE p (id int PRIMARY KEY)");
      rows(s, "CREATE TABLE c (id int PRIMARY KEY, pid int CONSTRAINT FK_c REFERENCES p (id),"
          + " q int CONSTRAINT CK_c_q CHECK (q > 0), r int CONSTRAINT CK_c_r CHECK (r > 0))");
      rows(s, "ALTER TABLE c NOCHECK CONSTRAINT FK_c, CK_c_q");
      rows(s, "INSERT c VALUES (1, 5, -1, 1)");
      rows(s, "ALTER TABLE c WITH NOCHECK ADD CONSTRAINT CK_c_id CHECK (id > 100)");
    }
    try (QuernEngine engine = QuernEngine.open(dir);
        EngineSession s = TestSessions.open(engine)) {
      assertThat(rows(s, STATES))
          .containsExactly("CK_c_id,false,true", "CK_c_q,true,true", "CK_c_r,false,false", "FK_c,true,true");
      // Still not enforced after the restart, and the enabled ones still are.
      rows(s, "INSERT c VALUES (101, 6, -2, 1)");
      CollectingSink sink = TestSessions.run(s, "INSERT c VALUES (102, NULL, 1, -1)");
      assertThat(sink.errors()).extracting(m -> m.number()).containsExactly(547);
      rows(s, "ALTER TABLE c CHECK CONSTRAINT ALL");
    }
    try (QuernEngine engine = QuernEngine.open(dir);
        EngineSession s = TestSessions.open(engine)) {
      assertThat(rows(s, STATES))
          .containsExactly("CK_c_id,false,true", "CK_c_q,false,true", "CK_c_r,false,false", "FK_c,false,true");
    }
  }
}
