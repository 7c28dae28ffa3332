package dev.quern.engine.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.EngineException;
import dev.quern.engine.api.EngineSession;
import dev.quern.engine.api.SessionInfo;
import org.junit.jupiter.api.Test;

/** Logon triggers run when a session opens: a ROLLBACK or an error in one refuses the login (17892). */
class LogonTriggerTest {
  private static EngineSession login(QuernEngine engine, String name) {
    return engine.openSession(new SessionInfo(60, name, "", "", "clienthost", "tests", 1, 0x74000004, 4096));
  }

  private static void ok(EngineSession s, String sql) {
    assertThat(TestSessions.run(s, sql).errors()).isEmpty();
  }

  @Test
  void aLogonTriggerSeesEachLoginAndItsEventData() throws Exception {
    try (QuernEngine engine = QuernEngine.inMemory(); EngineSession sa = TestSessions.open(engine)) {
      ok(sa, "CREATE LOGIN lt_user WITH PASSWORD = 'P@ssw0rd-1'; CREATE USER lt_user FOR LOGIN lt_user");
      ok(sa, "CREATE TABLE master.dbo.lt_log (login sysname, event sysname, host sysname, original sysname)");
      ok(sa, "CREATE TRIGGER lt_audit ON ALL SERVER FOR LOGON AS INSERT master.dbo.lt_log VALUES ("
          + "EVENTDATA().value('(/EVENT_INSTANCE/LoginName)[1]', 'sysname'), "
          + "EVENTDATA().value('(/EVENT_INSTANCE/EventType)[1]', 'sysname'), "
          + "EVENTDATA().value('(/EVENT_INSTANCE/ClientHost)[1]', 'sysname'), ORIGINAL_LOGIN())");
      try (EngineSession user = login(engine, "lt_user")) {
        assertThat(TestSessions.rows(user, "SELECT SUSER_SNAME()")).containsExactly("lt_user");
      }
      assertThat(TestSessions.rows(sa, "SELECT login, event, host, original FROM master.dbo.lt_log"))
          .containsExactly("lt_user,LOGON,clienthost,lt_user");
      assertThat(TestSessions.rows(sa, "SELECT e.type, e.type_desc FROM sys.server_trigger_events e"))
          .containsExactly("210,LOGON");
    }
  }

  @Test
  void aRollbackRefusesTheLoginAndUndoesWhatTheTriggerDid() throws Exception {
    try (QuernEngine engine = QuernEngine.inMemory(); EngineSession sa = TestSessions.open(engine)) {
      ok(sa, "CREATE LOGIN lt_user WITH PASSWORD = 'P@ssw0rd-1'; CREATE USER lt_user FOR LOGIN lt_user");
      ok(sa, "CREATE TABLE master.dbo.lt_log (login sysname)");
      ok(sa, "CREATE TRIGGER lt_gate ON ALL SERVER FOR LOGON AS "
          + "INSERT master.dbo.lt_log VALUES (ORIGINAL_LOGIN()); IF ORIGINAL_LOGIN() = N'lt_user' ROLLBACK");
      assertThatThrownBy(() -> login(engine, "lt_user"))
          .isInstanceOfSatisfying(EngineException.class, e -> {
            assertThat(e.sqlMessage().number()).isEqualTo(17892);
            assertThat(e.sqlMessage().text()).isEqualTo("Logon failed for login 'lt_user' due to trigger execution.");
          });
      assertThat(TestSessions.rows(sa, "SELECT COUNT(*) FROM master.dbo.lt_log")).containsExactly("0");
      // Another login passes; a disabled trigger lets everyone in.
      try (EngineSession other = login(engine, "sa")) {
        assertThat(TestSessions.rows(sa, "SELECT login FROM master.dbo.lt_log")).containsExactly("sa");
      }
      ok(sa, "DISABLE TRIGGER lt_gate ON ALL SERVER");
      try (EngineSession user = login(engine, "lt_user")) {
        assertThat(TestSessions.rows(user, "SELECT 1")).containsExactly("1");
      }
    }
  }

  @Test
  void anErrorInTheTriggerRefusesTheLogin() throws Exception {
    try (QuernEngine engine = QuernEngine.inMemory(); EngineSession sa = TestSessions.open(engine)) {
      ok(sa, "CREATE LOGIN lt_user WITH PASSWORD = 'P@ssw0rd-1'; CREATE USER lt_user FOR LOGIN lt_user");
      ok(sa, "CREATE TRIGGER lt_broken ON ALL SERVER FOR LOGON AS "
          + "IF ORIGINAL_LOGIN() = N'lt_user' SELECT 1 / 0");
      assertThatThrownBy(() -> login(engine, "lt_user"))
          .isInstanceOfSatisfying(EngineException.class, e -> assertThat(e.sqlMessage().number()).isEqualTo(17892));
    }
  }

  @Test
  void logonIsAServerEvent() throws Exception {
    try (QuernEngine engine = QuernEngine.inMemory(); EngineSession sa = TestSessions.open(engine)) {
      assertThat(TestSessions.run(sa, "CREATE TRIGGER lt_db ON DATABASE FOR LOGON AS SELECT 1").errors())
          .extracting(m -> m.number()).containsExactly(1098);
    }
  }
}
