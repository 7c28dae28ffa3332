package dev.quern.engine.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.CollectingSink;
import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.EngineSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A reset connection (sp_reset_connection, the TDS RESETCONNECTION flag) forgets the session context. */
class SessionContextResetTest {
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
  void resetClearsKeysEvenReadOnlyOnesAndContextInfo() {
    TestSessions.run(session, "EXEC sp_set_session_context N'tenant', N'acme', 1; SET CONTEXT_INFO 0x01");
    assertThat(select("SELECT CAST(SESSION_CONTEXT(N'tenant') AS nvarchar(10))")).isEqualTo("acme");

    session.reset(false, new CollectingSink());

    assertThat(select("SELECT CAST(SESSION_CONTEXT(N'tenant') AS nvarchar(10))")).isNull();
    assertThat(select("SELECT CONTEXT_INFO()")).isNull();
    CollectingSink again = TestSessions.run(session, "EXEC sp_set_session_context N'tenant', N'other', 1");
    assertThat(again.errors()).isEmpty();
  }

  @Test
  void eachSessionHasItsOwnContext() {
    TestSessions.run(session, "EXEC sp_set_session_context N'tenant', N'acme'");
    EngineSession other = TestSessions.open(engine);
    try {
      CollectingSink sink = TestSessions.run(other, "SELECT SESSION_CONTEXT(N'tenant')");
      assertThat(sink.rows().getFirst()[0]).isNull();
    } finally {
      other.close();
    }
  }
}
