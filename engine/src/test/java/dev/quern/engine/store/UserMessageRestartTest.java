package dev.quern.engine.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.CollectingSink;
import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.EngineSession;
import dev.quern.engine.api.SqlMessage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * User-defined messages are catalog records in master: committed ones survive a restart with their
 * severity, language and with-log flag; one added in a transaction open at shutdown does not.
 */
class UserMessageRestartTest {
  @TempDir Path dir;

  private static List<String> rows(EngineSession s, String sql) {
    return TestSessions.rows(s, sql);
  }

  @Test
  void messagesSurviveARestart() {
    try (QuernEngine engine = QuernEngine.open(dir);
        EngineSession s = TestSessions.open(engine)) {
      rows(s, "EXEC sp_addmessage 50001, 16, N'Order %d for customer %s is invalid.', @with_log = 'true'");
      rows(s, "EXEC sp_addmessage 50001, 16, N'Bestellung %d für Kunde %s ist ungültig.', 'Deutsch'");
      rows(s, "EXEC sp_addmessage 50002, 10, N'gone after restart'");
      rows(s, "EXEC sp_dropmessage 50002");
      // Open at shutdown: must not survive.
      rows(s, "BEGIN TRAN EXEC sp_addmessage 50003, 16, N'pending'");
    }
    try (QuernEngine engine = QuernEngine.open(dir);
        EngineSession s = TestSessions.open(engine)) {
      assertThat(rows(s, "SELECT message_id, language_id, severity, is_event_logged, text FROM sys.messages "
          + "WHERE message_id > 50000 ORDER BY message_id, language_id")).containsExactly(
              "50001,1031,16,true,Bestellung %d für Kunde %s ist ungültig.",
              "50001,1033,16,true,Order %d for customer %s is invalid.");
      CollectingSink raised = TestSessions.run(s, "RAISERROR(50001, -1, 7, 42, N'ACME')");
      assertThat(raised.errors()).hasSize(1);
      SqlMessage error = raised.errors().getFirst();
      assertThat(error.number()).isEqualTo(50001);
      assertThat(error.severity()).isEqualTo(16);
      assertThat(error.state()).isEqualTo(7);
      assertThat(error.text()).isEqualTo("Order 42 for customer ACME is invalid.");
    }
  }
}
