package dev.quern.engine.exec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.EngineSession;
import dev.quern.engine.api.SqlMessage;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sessions each inside a transaction create #temp tables and declare table variables without
 * waiting for each other (they waited for the other transaction to end before: tempdb's DDL took
 * turns). A wait would show as 1222 under the short LOCK_TIMEOUT. Two sessions creating the same
 * ##global table still take turns on its name.
 */
class TempTableConcurrencyTest {
  @Test
  void temporaryTablesInOpenTransactionsDoNotWaitForEachOther() {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession first = TestSessions.open(engine);
        EngineSession second = TestSessions.open(engine)) {
      TestSessions.rows(first, "BEGIN TRAN; CREATE TABLE #work (a int); INSERT #work VALUES (1); DECLARE @v TABLE (b int); INSERT @v VALUES (2)");
      assertThat(errors(second, "SET LOCK_TIMEOUT 200; BEGIN TRAN; CREATE TABLE #work (a int); INSERT #work VALUES (5), (6)")).isEmpty();
      assertThat(errors(second, "DECLARE @v TABLE (b int); INSERT @v VALUES (3); SELECT * INTO #copy FROM #work")).isEmpty();
      assertThat(TestSessions.rows(first, "SELECT COUNT(*) FROM #work")).containsExactly("1");
      assertThat(TestSessions.rows(second, "SELECT COUNT(*) FROM #copy")).containsExactly("2");
      TestSessions.rows(first, "ROLLBACK");
      TestSessions.rows(second, "COMMIT");
      assertThat(TestSessions.rows(second, "SELECT COUNT(*) FROM #work")).containsExactly("2");
      assertThat(errors(first, "SELECT COUNT(*) FROM #work")).containsExactly(208);
    }
  }

  @Test
  void aGlobalTemporaryTableNameStillTakesTurns() {
    try (QuernEngine engine = QuernEngine.inMemory();
        EngineSession first = TestSessions.open(engine);
        EngineSession second = TestSessions.open(engine)) {
      TestSessions.rows(first, "BEGIN TRAN; CREATE TABLE ##shared (a int)");
      assertThat(errors(second, "SET LOCK_TIMEOUT 200; CREATE TABLE ##shared (a int)")).containsExactly(1222);
      TestSessions.rows(first, "COMMIT");
      assertThat(errors(second, "CREATE TABLE ##shared (a int)")).containsExactly(2714);
    }
  }

  private static List<Integer> errors(EngineSession s, String sql) {
    return TestSessions.run(s, sql).errors().stream().map(SqlMessage::number).toList();
  }
}
