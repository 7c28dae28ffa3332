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
 * ALTER DATABASE … COLLATE needs the database to itself, as in SQL Server: while another session
 * uses it the change is 5030 then 5072; once that session leaves it, the change is made. Each
 * session's literals follow its own current database's collation.
 */
class DatabaseCollationSessionsTest {
  private static final AtomicInteger SPIDS = new AtomicInteger(400);

  private static EngineSession session(QuernEngine engine) {
    return engine.openSession(new SessionInfo(
        SPIDS.incrementAndGet(), "sa", "", "", "test", "DatabaseCollationSessionsTest", 1, 0x74000004, 4096));
  }

  private static List<Integer> errors(EngineSession s, String sql) {
    return TestSessions.run(s, sql).errors().stream().map(SqlMessage::number).toList();
  }

  @Test
  void anotherSessionInTheDatabaseKeepsItsCollationFromChanging() {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession a = session(engine);
        EngineSession b = session(engine)) {
      TestSessions.run(a, "CREATE DATABASE shared_cs COLLATE Latin1_General_CS_AS");
      TestSessions.run(b, "USE shared_cs");

      assertThat(errors(a, "ALTER DATABASE shared_cs COLLATE Latin1_General_CI_AS")).containsExactly(5030, 5072);
      assertThat(TestSessions.rows(a, "SELECT collation_name FROM sys.databases WHERE name = 'shared_cs'"))
          .containsExactly("Latin1_General_CS_AS");

      TestSessions.run(b, "USE master");
      assertThat(errors(a, "ALTER DATABASE shared_cs COLLATE Latin1_General_CI_AS")).isEmpty();
      assertThat(TestSessions.rows(b, "SELECT CAST(DATABASEPROPERTYEX('shared_cs', 'Collation') AS varchar(40))"))
          .containsExactly("Latin1_General_CI_AS");
    }
  }

  @Test
  void literalsTakeEachSessionsCurrentDatabaseCollation() {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession a = session(engine);
        EngineSession b = session(engine)) {
      TestSessions.run(a, "CREATE DATABASE lit_cs COLLATE Latin1_General_CS_AS");
      TestSessions.run(a, "USE lit_cs");
      String sql = "SELECT CASE WHEN 'a' = 'A' THEN 'equal' ELSE 'different' END";

      assertThat(TestSessions.rows(a, sql)).containsExactly("different");
      assertThat(TestSessions.rows(b, sql)).containsExactly("equal");
      TestSessions.run(a, "USE master");
      assertThat(TestSessions.rows(a, sql)).containsExactly("equal");
    }
  }
}
