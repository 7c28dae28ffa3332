package dev.quern.engine.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.CollectingSink;
import dev.quern.engine.QuernEngine;
import dev.quern.engine.api.EngineException;
import dev.quern.engine.api.EngineSession;
import dev.quern.engine.api.SessionInfo;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** Created logins authenticate against the catalog; sessions open in their default database. */
class LoginAuthenticatorTest {
  private static SessionInfo as(String login, String db) {
    return new SessionInfo(60, login, db, "", "h", "t", 1, 0x74000004, 4096);
  }

  private static void run(EngineSession s, String sql) {
    CollectingSink sink = new CollectingSink();
    s.executeBatch(sql, sink);
    assertThat(sink.errors()).isEmpty();
  }

  @Test
  void rightPasswordOnlyAndNotWhileDisabled() {
    try (QuernEngine engine = QuernEngine.inMemory(); EngineSession sa = engine.openSession(as("sa", ""))) {
      run(sa, "CREATE LOGIN ann WITH PASSWORD = 'P@ssw0rd-1'");
      assertThat(engine.authenticate("ann", "P@ssw0rd-1")).isTrue();
      assertThat(engine.authenticate("ANN", "P@ssw0rd-1")).isTrue(); // names ignore case
      assertThat(engine.authenticate("ann", "P@ssw0rd-1")).isTrue(); // the remembered digest
      assertThat(engine.authenticate("ann", "wrong")).isFalse();
      assertThat(engine.authenticate("nobody", "P@ssw0rd-1")).isFalse();
      assertThat(engine.authenticate("sa", "anything")).isFalse(); // sa is the server's password file
      run(sa, "ALTER LOGIN ann DISABLE");
      assertThat(engine.authenticate("ann", "P@ssw0rd-1")).isFalse();
      run(sa, "ALTER LOGIN ann ENABLE; ALTER LOGIN ann WITH PASSWORD = 'N3w-P@ssword'");
      assertThat(engine.authenticate("ann", "P@ssw0rd-1")).isFalse();
      assertThat(engine.authenticate("ann", "N3w-P@ssword")).isTrue();
    }
  }

  @Test
  void aLoginKeptWithItsSqlServerHashAuthenticatesWithThatPassword() {
    byte[] hash = SqlServerPasswordHash.encrypt("Old-P@ss1");
    String literal = "0x" + java.util.HexFormat.of().formatHex(hash);
    try (QuernEngine engine = QuernEngine.inMemory(); EngineSession sa = engine.openSession(as("sa", ""))) {
      run(sa, "CREATE LOGIN moved WITH PASSWORD = " + literal + " HASHED, CHECK_POLICY = OFF");
      assertThat(engine.authenticate("moved", "Old-P@ss1")).isTrue();
      assertThat(engine.authenticate("moved", "Old-P@ss1")).isTrue(); // the remembered digest
      assertThat(engine.authenticate("moved", "old-p@ss1")).isFalse(); // passwords are case-sensitive
      run(sa, "ALTER LOGIN moved WITH PASSWORD = 'N3w-P@ssword'"); // now Quern's own PBKDF2 hash
      assertThat(engine.authenticate("moved", "Old-P@ss1")).isFalse();
      assertThat(engine.authenticate("moved", "N3w-P@ssword")).isTrue();
    }
  }

  @Test
  void opensInTheDefaultDatabaseAndRefusesOneWithoutAUser() {
    try (QuernEngine engine = QuernEngine.inMemory(); EngineSession sa = engine.openSession(as("sa", ""))) {
      run(sa, "CREATE DATABASE app; CREATE LOGIN ann WITH PASSWORD = 'P@ssw0rd-1', DEFAULT_DATABASE = app");
      Assertions.assertThatThrownBy(() -> engine.openSession(as("ann", "")))
          .isInstanceOf(EngineException.class)
          .satisfies(e -> assertThat(((EngineException) e).sqlMessage().number()).isEqualTo(4060));
      run(sa, "USE app; CREATE USER ann");
      try (EngineSession ann = engine.openSession(as("ann", ""))) {
        assertThat(ann.database()).isEqualTo("app");
      }
      try (EngineSession ann = engine.openSession(as("ann", "master"))) {
        assertThat(ann.database()).isEqualTo("master"); // guest may connect to master
      }
    }
  }
}
