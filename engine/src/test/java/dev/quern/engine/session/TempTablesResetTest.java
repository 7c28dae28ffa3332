package dev.quern.engine.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.CollectingSink;
import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.EngineSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A reset connection (sp_reset_connection, the TDS RESETCONNECTION flag that pools such as
 * tedious's {@code connection.reset()} send) drops the session's #temp tables, as SQL Server does.
 */
class TempTablesResetTest {
  private final QuernEngine engine = QuernEngine.inMemory();
  private final EngineSession session = TestSessions.open(engine);

  @AfterEach
  void close() {
    session.close();
    engine.close();
  }

  private Object select(String sql) {
    CollectingSink sink = TestSessions.run(session, sql);
    assertThat(sink.errors()).isEmpty();
    return sink.rows().getFirst()[0];
  }

  @Test
  void resetDropsTempTables() {
    TestSessions.run(session, "CREATE TABLE #pooled (a int); INSERT INTO #pooled VALUES (1)");
    assertThat(select("SELECT OBJECT_ID('tempdb..#pooled')")).isNotNull();

    session.reset(false, new CollectingSink());

    assertThat(select("SELECT OBJECT_ID('tempdb..#pooled')")).isNull();
    CollectingSink again = TestSessions.run(session, "CREATE TABLE #pooled (b int); SELECT COUNT(*) FROM #pooled");
    assertThat(again.errors()).isEmpty();
  }

  @Test
  void resetKeepingAnOpenTransactionKeepsTempTables() {
    TestSessions.run(session, "CREATE TABLE #kept (a int); BEGIN TRANSACTION; INSERT INTO #kept VALUES (1)");

    session.reset(true, new CollectingSink());

    assertThat(select("SELECT COUNT(*) FROM #kept")).isEqualTo(1);
    TestSessions.run(session, "ROLLBACK");
  }

  @Test
  void resetRollingBackDropsTempTablesToo() {
    TestSessions.run(session, "CREATE TABLE #gone (a int); BEGIN TRANSACTION; INSERT INTO #gone VALUES (1)");

    session.reset(false, new CollectingSink());

    assertThat(select("SELECT @@TRANCOUNT")).isEqualTo(0);
    assertThat(select("SELECT OBJECT_ID('tempdb..#gone')")).isNull();
  }
}
