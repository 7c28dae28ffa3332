package dev.quern.engine.proc.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.engine.CollectingSink;
import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.EngineException;
import dev.quern.engine.api.EngineSession;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server options that shape sessions: 'user connections' (from the next start) and 'user options'. */
class SessionConfigurationTest {
  @TempDir Path dataDir;

  @Test
  void userConnectionsLimitsSessionsFromTheNextStart() {
    try (QuernEngine engine = QuernEngine.open(dataDir);
        EngineSession s = TestSessions.open(engine, 51)) {
      TestSessions.run(s, "EXEC sp_configure 'show advanced options', 1; RECONFIGURE;"
          + " EXEC sp_configure 'user connections', 2; RECONFIGURE");
      List<EngineSession> more = new ArrayList<>();
      for (int spid = 52; spid < 55; spid++) {
        more.add(TestSessions.open(engine, spid)); // a static option: no limit until the next start
      }
      more.forEach(EngineSession::close);
    }
    try (QuernEngine engine = QuernEngine.open(dataDir);
        EngineSession first = TestSessions.open(engine, 51)) {
      EngineSession second = TestSessions.open(engine, 52);
      assertThatThrownBy(() -> TestSessions.open(engine, 53))
          .isInstanceOfSatisfying(EngineException.class, e -> {
            assertThat(e.sqlMessage().number()).isEqualTo(17809);
            assertThat(e.sqlMessage().severity()).isEqualTo(20);
            assertThat(e.sqlMessage().text()).isEqualTo("Could not connect because the maximum number of '2' user"
                + " connections has already been reached. The system administrator can use sp_configure to increase"
                + " the maximum value. The connection has been closed.");
          });
      second.close();
      try (EngineSession third = TestSessions.open(engine, 53)) {
        assertThat(TestSessions.run(third, "SELECT 1").errors()).isEmpty();
      }
    }
  }

  @Test
  void userOptionsAreEveryNewSessionsDefaults() {
    try (QuernEngine engine = QuernEngine.open(dataDir)) {
      try (EngineSession s = TestSessions.open(engine, 51)) {
        // XACT_ABORT (16384), NOCOUNT (512) and ANSI_NULL_DFLT_OFF (2048), which loses to the driver's DFLT_ON.
        CollectingSink set = TestSessions.run(s, "EXEC sp_configure 'user options', 18944; RECONFIGURE");
        assertThat(set.errors()).isEmpty();
        assertThat(TestSessions.run(s, "SELECT @@OPTIONS & 16896").rows().getFirst()).containsExactly(0);
      }
      try (EngineSession s = TestSessions.open(engine, 52)) {
        CollectingSink sink = TestSessions.run(s,
            "SELECT @@OPTIONS & 16384, @@OPTIONS & 512, @@OPTIONS & 2048, @@OPTIONS & 1024");
        assertThat(sink.rows().getFirst()).containsExactly(16384, 512, 0, 1024);
      }
    }
  }
}
