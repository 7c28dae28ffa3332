package dev.quern.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.it.support.QuernServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Logins, users and permissions through mssql-jdbc against a real server: a created login logs in
 * with its password only (18456 otherwise), opens in its default database, is refused a table until
 * SELECT is granted (229), and runs sp_execute_external_script only once granted EXECUTE ANY
 * EXTERNAL SCRIPT (297 before), on satellites of its own.
 */
class JdbcSecurityIT {
  @RegisterExtension static final QuernServer SERVER = QuernServer.create();

  private static final String PASSWORD = "P@ssw0rd-1";

  @BeforeAll
  static void setUp() throws SQLException {
    try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
      s.execute("EXEC sp_configure 'external scripts enabled', 1; RECONFIGURE WITH OVERRIDE;");
      s.execute("CREATE DATABASE app");
      s.execute("CREATE LOGIN ann WITH PASSWORD = '" + PASSWORD + "', DEFAULT_DATABASE = app");
      s.execute("CREATE LOGIN bob WITH PASSWORD = '" + PASSWORD + "', DEFAULT_DATABASE = app");
      s.execute("CREATE LOGIN nouser WITH PASSWORD = '" + PASSWORD + "', DEFAULT_DATABASE = app");
      s.execute("USE app; CREATE USER ann; CREATE USER bob;"
          + " CREATE TABLE dbo.secrets (id int PRIMARY KEY, v nvarchar(20)); INSERT INTO dbo.secrets VALUES (1, N'x')");
    }
  }

  private static Connection connectAs(String login, String password, String properties) throws SQLException {
    return DriverManager.getConnection("jdbc:sqlserver://" + SERVER.host() + ":" + SERVER.port() + ";user=" + login
        + ";password=" + password + ";encrypt=true;trustServerCertificate=true;loginTimeout=30;" + properties);
  }

  @Test
  void aCreatedLoginLogsInWithItsPasswordAndDefaultDatabase() throws SQLException {
    try (Connection c = connectAs("ann", PASSWORD, ""); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT SUSER_SNAME(), USER_NAME(), DB_NAME(), IS_SRVROLEMEMBER('sysadmin')")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("ann");
      assertThat(rs.getString(2)).isEqualTo("ann");
      assertThat(rs.getString(3)).isEqualTo("app");
      assertThat(rs.getInt(4)).isZero();
    }
  }

  @Test
  void aWrongPasswordAnUnknownLoginAndADisabledOneGet18456() throws SQLException {
    assertLoginFails("ann", "wrong-Passw0rd", "Login failed for user 'ann'.");
    assertLoginFails("ghost", PASSWORD, "Login failed for user 'ghost'.");
    try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
      s.execute("CREATE LOGIN gone WITH PASSWORD = '" + PASSWORD + "'; ALTER LOGIN gone DISABLE");
    }
    assertLoginFails("gone", PASSWORD, "Login failed for user 'gone'.");
  }

  /**
   * A login moved from a SQL Server as sp_help_revlogin scripts it: its SQL Server password hash
   * (SHA-512 of 'Migrated#Pw1' with salt 01020304) lets it log in with its old password, and its
   * SID maps it to the database user that carries that SID.
   */
  @Test
  void aLoginCreatedWithASqlServerHashLogsInWithItsOldPassword() throws SQLException {
    try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
      s.execute("CREATE LOGIN moved WITH PASSWORD = 0x020001020304C5340C47FA3E19C06439E4044311EC83458BF235D1E47D43BB"
          + "9423E9F53A2B673735B4369D0D3DB56634EF28ABBC93FE94651B687BCB015C80FB5682DA58A043 HASHED,"
          + " SID = 0x14585E90117152449347750164BA00A7, DEFAULT_DATABASE = app, CHECK_POLICY = OFF");
      s.execute("USE app; CREATE USER moved FOR LOGIN moved");
    }
    try (Connection c = connectAs("moved", "Migrated#Pw1", ""); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT SUSER_SNAME(), USER_NAME(), CONVERT(varchar(40), SUSER_SID(), 1)")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("moved");
      assertThat(rs.getString(2)).isEqualTo("moved");
      assertThat(rs.getString(3)).isEqualTo("0x14585E90117152449347750164BA00A7");
    }
    assertLoginFails("moved", "Migrated#Pw2", "Login failed for user 'moved'.");
  }

  @Test
  void aLoginWithoutAUserInItsDefaultDatabaseIsRefused() {
    assertThatThrownBy(() -> connectAs("nouser", PASSWORD, "").close())
        .isInstanceOf(SQLException.class)
        .satisfies(e -> assertThat(((SQLException) e).getErrorCode()).isIn(4060, 18456));
  }

  @Test
  void selectIsDeniedUntilGranted() throws SQLException {
    try (Connection c = connectAs("bob", PASSWORD, ""); Statement s = c.createStatement()) {
      assertThatThrownBy(() -> s.executeQuery("SELECT v FROM dbo.secrets").close())
          .isInstanceOf(SQLException.class)
          .satisfies(e -> {
            assertThat(((SQLException) e).getErrorCode()).isEqualTo(229);
            assertThat(e.getMessage())
                .isEqualTo("The SELECT permission was denied on the object 'secrets', database 'app', schema 'dbo'.");
          });
      try (Connection sa = SERVER.connect(); Statement g = sa.createStatement()) {
        g.execute("USE app; GRANT SELECT ON dbo.secrets TO bob");
      }
      try (ResultSet rs = s.executeQuery("SELECT v FROM dbo.secrets")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("x");
      }
    }
  }

  @Test
  void externalScriptsNeedTheirPermissionAndRunOnTheLoginsOwnSatellites() throws SQLException {
    String script = "EXEC sp_execute_external_script @language = N'Python',"
        + " @script = N'import os, pandas\nOutputDataSet = pandas.DataFrame({\"p\": [os.getppid()]})'"
        + " WITH RESULT SETS ((p int))";
    try (Connection c = connectAs("ann", PASSWORD, ""); Statement s = c.createStatement()) {
      assertThatThrownBy(() -> s.execute(script))
          .isInstanceOf(SQLException.class)
          .satisfies(e -> {
            assertThat(((SQLException) e).getErrorCode()).isEqualTo(297);
            assertThat(e.getMessage()).isEqualTo("The user does not have permission to perform this action.");
          });
      try (Connection sa = SERVER.connect(); Statement g = sa.createStatement()) {
        g.execute("USE app; GRANT EXECUTE ANY EXTERNAL SCRIPT TO ann; GRANT EXECUTE ANY EXTERNAL SCRIPT TO bob");
      }
      int annFirst = satelliteParent(s, script);
      int annSecond = satelliteParent(s, script);
      int bobs;
      try (Connection b = connectAs("bob", PASSWORD, ""); Statement bs = b.createStatement()) {
        bobs = satelliteParent(bs, script);
      }
      assertThat(annSecond).isEqualTo(annFirst); // the same login's warm pool
      assertThat(bobs).isNotEqualTo(annFirst); // never a satellite of another login
    }
  }

  private static int satelliteParent(Statement s, String script) throws SQLException {
    try (ResultSet rs = s.executeQuery(script)) {
      assertThat(rs.next()).isTrue();
      return rs.getInt(1);
    }
  }

  private static void assertLoginFails(String login, String password, String message) {
    assertThatThrownBy(() -> connectAs(login, password, "").close())
        .isInstanceOf(SQLException.class)
        .satisfies(e -> {
          assertThat(((SQLException) e).getErrorCode()).isEqualTo(18456);
          assertThat(e.getMessage()).startsWith(message); // mssql-jdbc appends the ClientConnectionId
        });
  }
}
