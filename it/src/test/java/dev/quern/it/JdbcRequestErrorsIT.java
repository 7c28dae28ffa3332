package dev.quern.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.sqlserver.jdbc.SQLServerException;
import dev.quern.it.support.QuernServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Requests that die of a Java Error (out of memory, out of stack) inside BEGIN TRAN, through
 * mssql-jdbc against a real server (run with -Xmx1g). Found in review: the Error killed the
 * request thread and left the transaction open, so another session waited for its locks for
 * ever. Now the request ends with SQL Server's error, the transaction is rolled back, session A
 * goes on and session B is not blocked.
 */
class JdbcRequestErrorsIT {

  @RegisterExtension static final QuernServer SERVER = QuernServer.create();

  @BeforeAll
  static void table() throws SQLException {
    try (Connection c = SERVER.connect();
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE dbo.held (id int PRIMARY KEY, v int)");
      s.execute("INSERT dbo.held VALUES (1, 10)");
    }
  }

  @Test
  void anOutOfMemoryStatementEndsWith701AndReleasesItsLocks() throws SQLException {
    // A real allocation the server attempts: 2 GB of varchar(max), more than its whole heap.
    // A count read from the table: nothing to fold while compiling, it fails while running.
    assertLocksReleasedAfter("SELECT LEN(REPLICATE(CAST('x' AS varchar(max)), CAST(id AS bigint) * 2000000000))"
        + " FROM dbo.held WHERE id = 1", 701, 17);
  }

  @Test
  void anOutOfMemoryWhileCompilingEndsWith701AndReleasesItsLocks() throws SQLException {
    // Constant arguments: the allocation may come while the statement is compiled (folded).
    assertLocksReleasedAfter("SELECT LEN(REPLICATE(CAST('x' AS varchar(max)), 2000000000))", 701, 17);
  }

  @Test
  void aStatementTooDeepForTheStackEndsWith8631AndReleasesItsLocks() throws SQLException {
    assertLocksReleasedAfter("DECLARE @s nvarchar(max) = N'DECLARE @a int = 1, @v int; SET @v = @a'"
        + " + REPLICATE(CAST(N' + @a' AS nvarchar(max)), 200000)\nEXEC (@s)", 8631, 17);
  }

  private static void assertLocksReleasedAfter(String failing, int number, int severity) throws SQLException {
    try (Connection a = SERVER.connect();
        Connection b = SERVER.connect();
        Statement sa = a.createStatement();
        Statement sb = b.createStatement()) {
      sa.execute("BEGIN TRAN");
      sa.execute("UPDATE dbo.held SET v = v + 1 WHERE id = 1");
      // Read as a query: the columns of a SELECT may come before its error.
      assertThatThrownBy(() -> intOf(sa, failing))
          .isInstanceOfSatisfying(SQLException.class, e -> {
            assertThat(e.getErrorCode()).isEqualTo(number);
            assertThat(((SQLServerException) e).getSQLServerError().getErrorSeverity()).isEqualTo(severity);
            assertThat(e.getMessage()).contains(number == 701
                ? "There is insufficient system memory in resource pool 'default' to run this query."
                : "Internal error: Server stack limit has been reached.");
          });
      assertThat(intOf(sa, "SELECT @@TRANCOUNT")).isZero();
      // B would wait for A's row lock (here at most 10 s, then error 1222) had it not been released.
      sb.execute("SET LOCK_TIMEOUT 10000");
      sb.execute("BEGIN TRAN");
      sb.execute("UPDATE dbo.held SET v = v + 1 WHERE id = 1");
      sb.execute("ROLLBACK");
      assertThat(intOf(sb, "SELECT v FROM dbo.held WHERE id = 1")).isEqualTo(10);
      assertThat(intOf(sa, "SELECT v FROM dbo.held WHERE id = 1")).isEqualTo(10); // A goes on
    }
    assertThat(SERVER.isAlive()).isTrue();
  }

  private static int intOf(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      assertThat(rs.next()).isTrue();
      return rs.getInt(1);
    }
  }
}
