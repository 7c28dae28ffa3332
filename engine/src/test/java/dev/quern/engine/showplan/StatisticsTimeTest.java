package dev.quern.engine.showplan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.CollectingSink;
import dev.quern.engine.QuernEngine;
import dev.quern.engine.api.EngineSession;
import dev.quern.engine.api.SessionInfo;
import dev.quern.engine.api.SqlMessage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SET STATISTICS TIME: 3613 after a batch compiles, 3612 after each statement, nothing when off. */
class StatisticsTimeTest {
  private static List<SqlMessage> messages(EngineSession session, String sql) {
    CollectingSink sink = new CollectingSink();
    session.executeBatch(sql, sink);
    return sink.events.stream()
        .filter(CollectingSink.Message.class::isInstance)
        .map(e -> ((CollectingSink.Message) e).message())
        .toList();
  }

  @Test
  void reportsCompileAndExecutionTimesPerStatement() {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession session = engine.openSession(new SessionInfo(51, "sa", "", "", "t", "t", 1, 0x74000004, 4096))) {
      assertThat(messages(session, "SET STATISTICS TIME ON")).isEmpty();
      List<SqlMessage> out = messages(session, "SELECT 1\nSELECT 2");
      assertThat(out).extracting(SqlMessage::number).containsExactly(3613, 3612, 3612);
      assertThat(out.get(0).text()).matches("SQL Server parse and compile time: \n   CPU time = \\d+ ms, elapsed time = \\d+ ms\\.");
      assertThat(out.get(1).text()).matches(" SQL Server Execution Times:\n   CPU time = \\d+ ms,  elapsed time = \\d+ ms\\.");
      assertThat(out.get(1).isError()).isFalse();
      messages(session, "SET STATISTICS TIME OFF");
      assertThat(messages(session, "SELECT 1")).isEmpty();
    }
  }
}
