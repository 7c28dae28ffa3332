package dev.quern.engine.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.CollectingSink;
import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.EngineSession;
import dev.quern.engine.api.SessionInfo;
import dev.quern.engine.api.SqlMessage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** #tables and #procedures are private to their session and dropped with it; ##tables are shared. */
class TempTablesTest {
  private static EngineSession session(QuernEngine engine, int spid) {
    return engine.openSession(new SessionInfo(spid, "sa", "", "", "test", "TempTablesTest", 1, 0x74000004, 4096));
  }

  private static List<Integer> errors(EngineSession s, String sql) {
    CollectingSink sink = TestSessions.run(s, sql);
    return sink.errors().stream().map(SqlMessage::number).toList();
  }

  @Test
  void localTempTablesArePrivateAndDroppedWithTheirSession() {
    try (QuernEngine engine = QuernEngine.inMemory()) {
      EngineSession a = session(engine, 70);
      try (EngineSession b = session(engine, 71)) {
        assertThat(errors(a, "CREATE TABLE #t (x int) INSERT #t VALUES (1) CREATE TABLE ##g (y int)")).isEmpty();
        assertThat(errors(b, "SELECT * FROM #t")).containsExactly(208);
        assertThat(errors(b, "CREATE TABLE #t (z int) INSERT #t VALUES (2)")).isEmpty();
        assertThat(errors(b, "SELECT y FROM ##g")).isEmpty();
        a.close();
        try (EngineSession c = session(engine, 72)) {
          assertThat(errors(c, "CREATE TABLE #t (x int)")).isEmpty();
          assertThat(errors(c, "SELECT COUNT(*) FROM sys.tables")).isEmpty();
        }
        assertThat(errors(b, "SELECT z FROM #t")).isEmpty();
      }
    }
  }

  @Test
  void localTempProceduresArePrivateAndDroppedWithTheirSession() {
    try (QuernEngine engine = QuernEngine.inMemory()) {
      EngineSession a = session(engine, 70);
      try (EngineSession b = session(engine, 71)) {
        assertThat(errors(a, "CREATE PROCEDURE #p AS SELECT 1")).isEmpty();
        assertThat(errors(a, "EXEC #p")).isEmpty();
        assertThat(errors(b, "EXEC #p")).containsExactly(2812);
        assertThat(errors(b, "CREATE PROCEDURE #p AS SELECT 2")).isEmpty();
        a.close();
        assertThat(TestSessions.run(b, "SELECT COUNT(*) FROM tempdb.sys.procedures WHERE name LIKE '#p[_]%'").rows())
            .singleElement().satisfies(row -> assertThat(row).containsExactly(1));
        assertThat(errors(b, "EXEC #p")).isEmpty();
      }
    }
  }
}
