package dev.quern.engine.cursor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.CollectingSink;
import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.EngineSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A session's cursors: GLOBAL ones outlive their batch and belong to their session alone; a reset
 * connection (RESETCONNECTION) deallocates them, API cursors included.
 */
class SessionCursorsTest {
  private final QuernEngine engine = QuernEngine.inMemory();
  private final EngineSession session = TestSessions.open(engine);

  @AfterEach
  void close() {
    session.close();
    engine.close();
  }

  private Object select(EngineSession s, String sql) {
    CollectingSink sink = TestSessions.run(s, sql);
    assertThat(sink.errors()).isEmpty();
    return sink.rows().getLast()[0];
  }

  @Test
  void aResetConnectionDeallocatesEveryCursor() {
    TestSessions.run(session, "CREATE TABLE rc_t (id int PRIMARY KEY); INSERT rc_t VALUES (1), (2)");
    TestSessions.run(session, "DECLARE g CURSOR GLOBAL STATIC FOR SELECT id FROM rc_t; OPEN g");
    Object handle = select(session,
        "DECLARE @h int, @n int; EXEC sp_cursoropen @h OUTPUT, N'SELECT id FROM rc_t', 8, 1, @n OUTPUT; SELECT @h");
    assertThat(select(session, "SELECT CURSOR_STATUS('global', 'g')")).isEqualTo(1);

    session.reset(false, new CollectingSink());

    assertThat(select(session, "SELECT CURSOR_STATUS('global', 'g')")).isEqualTo(-3);
    assertThat(select(session, "SELECT @@FETCH_STATUS")).isEqualTo(-1);
    CollectingSink fetch = TestSessions.run(session, "EXEC sp_cursorfetch " + handle + ", 2, 0, 1");
    assertThat(fetch.errors()).singleElement().satisfies(e -> assertThat(e.number()).isEqualTo(16909));
    assertThat(TestSessions.run(session, "DECLARE g CURSOR FOR SELECT 1; DEALLOCATE g").errors()).isEmpty();
  }

  @Test
  void aGlobalCursorBelongsToItsSessionAlone() {
    TestSessions.run(session, "DECLARE shared_name CURSOR GLOBAL FOR SELECT 1");
    EngineSession other = TestSessions.open(engine);
    try {
      assertThat(select(other, "SELECT CURSOR_STATUS('global', 'shared_name')")).isEqualTo(-3);
      assertThat(TestSessions.run(other, "DECLARE shared_name CURSOR GLOBAL FOR SELECT 2").errors()).isEmpty();
    } finally {
      other.close();
    }
    assertThat(select(session, "SELECT CURSOR_STATUS('global', 'shared_name')")).isEqualTo(-1);
  }
}
