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
 * Application roles through mssql-jdbc: a login that may not read a table calls sp_setapprole in an
 * ad hoc batch that selects the cookie it returned as an OUTPUT parameter, becomes the role (USER_NAME(), its permissions, and
 * none of its own), and returns to itself with sp_unsetapprole and that cookie; a wrong password is
 * 15161 and changes nothing.
 */
class JdbcApplicationRoleIT {
  @RegisterExtension static final QuernServer SERVER = QuernServer.create();

  private static final String PASSWORD = "P@ssw0rd-1";
  private static final String ROLE_PASSWORD = "Pay-r0le!x";

  @BeforeAll
  static void setUp() throws SQLException {
    try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE payroll");
      s.execute("CREATE LOGIN clerk WITH PASSWORD = '" + PASSWORD + "', DEFAULT_DATABASE = payroll");
      s.execute("USE payroll; CREATE USER clerk;"
          + " CREATE TABLE dbo.salaries (id int PRIMARY KEY, amount int); INSERT INTO dbo.salaries VALUES (1, 100), (2, 200);"
          + " CREATE TABLE dbo.notes (id int); GRANT SELECT ON dbo.notes TO clerk;"
          + " CREATE APPLICATION ROLE payapp WITH PASSWORD = '" + ROLE_PASSWORD + "';"
          + " GRANT SELECT ON dbo.salaries TO payapp");
    }
  }

  private static Connection connectAsClerk() throws SQLException {
    return DriverManager.getConnection("jdbc:sqlserver://" + SERVER.host() + ":" + SERVER.port() + ";user=clerk"
        + ";password=" + PASSWORD + ";encrypt=true;trustServerCertificate=true;loginTimeout=30");
  }

  @Test
  void theRoleIsSetWithACookieAndUnsetWithIt() throws SQLException {
    try (Connection c = connectAsClerk(); Statement s = c.createStatement()) {
      assertDenied(s, "SELECT SUM(amount) FROM dbo.salaries", "SELECT", "salaries");
      // An ad hoc batch, as the procedure requires (see aPreparedCallIsNotTheAdHocLevel).
      byte[] cookie = setRole(s);
      assertThat(cookie).isNotEmpty();
      assertThat(scalar(s, "SELECT USER_NAME()")).isEqualTo("payapp");
      assertThat(scalar(s, "SELECT SUSER_SNAME()")).isEqualTo("clerk");
      assertThat(scalar(s, "SELECT CAST(SUM(amount) AS varchar(10)) FROM dbo.salaries")).isEqualTo("300");
      // The login's own grants do not follow it into the role.
      assertDenied(s, "SELECT COUNT(*) FROM dbo.notes", "SELECT", "notes");
      s.execute("EXEC sp_unsetapprole @cookie = 0x" + java.util.HexFormat.of().formatHex(cookie));
      assertThat(scalar(s, "SELECT USER_NAME()")).isEqualTo("clerk");
      assertDenied(s, "SELECT SUM(amount) FROM dbo.salaries", "SELECT", "salaries");
    }
  }

  @Test
  void aWrongPasswordIs15161AndTheSessionStaysItself() throws SQLException {
    try (Connection c = connectAsClerk(); Statement s = c.createStatement()) {
      assertThatThrownBy(() -> s.execute("EXEC sp_setapprole 'payapp', 'not-the-password'"))
          .isInstanceOf(SQLException.class)
          .satisfies(e -> {
            assertThat(((SQLException) e).getErrorCode()).isEqualTo(15161);
            assertThat(e.getMessage())
                .isEqualTo("Cannot set application role 'payapp' because it does not exist or the password is incorrect.");
          });
      assertThat(scalar(s, "SELECT USER_NAME()")).isEqualTo("clerk");
    }
  }

  /** Runs sp_setapprole with a cookie in one batch and reads the cookie the batch selects. */
  private static byte[] setRole(Statement s) throws SQLException {
    boolean resultSet = s.execute("DECLARE @cookie varbinary(8000);"
        + " EXEC sp_setapprole @rolename = 'payapp', @password = '" + ROLE_PASSWORD + "', @fCreateCookie = true,"
        + " @cookie = @cookie OUTPUT; SELECT @cookie");
    while (!resultSet && s.getUpdateCount() != -1) {
      resultSet = s.getMoreResults();
    }
    assertThat(resultSet).isTrue();
    try (ResultSet rs = s.getResultSet()) {
      assertThat(rs.next()).isTrue();
      return rs.getBytes(1);
    }
  }

  @Test
  void aPreparedCallIsNotTheAdHocLevel() throws SQLException {
    // mssql-jdbc runs prepareCall through sp_prepexec, where SQL Server refuses the procedure.
    try (Connection c = connectAsClerk();
        java.sql.CallableStatement set = c.prepareCall("{call sp_setapprole(?, ?)}")) {
      set.setString(1, "payapp");
      set.setString(2, ROLE_PASSWORD);
      assertThatThrownBy(set::execute)
          .isInstanceOf(SQLException.class)
          .satisfies(e -> {
            assertThat(((SQLException) e).getErrorCode()).isEqualTo(15432);
            assertThat(e.getMessage()).isEqualTo("Stored procedure 'sys.sp_setapprole' can only be executed at the ad hoc level.");
          });
      try (Statement s = c.createStatement()) {
        assertThat(scalar(s, "SELECT USER_NAME()")).isEqualTo("clerk");
      }
    }
  }

  private static String scalar(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      assertThat(rs.next()).isTrue();
      return rs.getString(1);
    }
  }

  private static void assertDenied(Statement s, String sql, String permission, String table) {
    assertThatThrownBy(() -> s.executeQuery(sql).close())
        .isInstanceOf(SQLException.class)
        .satisfies(e -> {
          assertThat(((SQLException) e).getErrorCode()).isEqualTo(229);
          assertThat(e.getMessage()).isEqualTo("The " + permission + " permission was denied on the object '" + table
              + "', database 'payroll', schema 'dbo'.");
        });
  }
}
