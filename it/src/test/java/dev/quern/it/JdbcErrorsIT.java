package dev.quern.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.quern.it.support.QuernServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Errors and messages reach mssql-jdbc with SQL Server's numbers and texts (SQLException error
 * code and message, PRINT as an SQLWarning), and the session goes on after each.
 */
class JdbcErrorsIT {

  @RegisterExtension static final QuernServer SERVER = QuernServer.create();

  private static Connection connection;

  @BeforeAll
  static void connect() throws SQLException {
    connection = SERVER.connect();
  }

  @AfterAll
  static void disconnect() throws SQLException {
    if (connection != null) {
      connection.close();
    }
  }

  /**
   * Runs {@code sql} and reads every result: a row-time error (SQL Server sends the column
   * metadata first, then the ERROR token) only surfaces while reading.
   */
  private static SQLException failure(String sql) throws SQLException {
    try (Statement s = connection.createStatement()) {
      SQLException e = catchThrowableOfType(SQLException.class, () -> drain(s, s.execute(sql)));
      assertThat((Throwable) e).as(sql).isNotNull();
      return e;
    }
  }

  private static void drain(Statement s, boolean isResultSet) throws SQLException {
    boolean more = isResultSet;
    while (more || s.getUpdateCount() != -1) {
      if (more) {
        try (ResultSet rs = s.getResultSet()) {
          while (rs.next()) {
            // read every row
          }
        }
      }
      more = s.getMoreResults();
    }
  }

  @Test
  void divideByZeroIs8134() throws SQLException {
    SQLException e = failure("SELECT 1/0");
    assertThat(e.getErrorCode()).isEqualTo(8134);
    // A row-time error: mssql-jdbc may prefix it with its own "An error occurred during the
    // current command (Done status n)." depending on the DONE status bits.
    assertThat(e.getMessage()).endsWith("Divide by zero error encountered.");
    assertSessionWorks();
  }

  @Test
  void undeclaredVariableIs137() throws SQLException {
    SQLException e = failure("SELECT @nope");
    assertThat(e.getErrorCode()).isEqualTo(137);
    assertThat(e.getMessage()).isEqualTo("Must declare the scalar variable \"@nope\".");
    assertSessionWorks();
  }

  @Test
  void failedConversionIs245() throws SQLException {
    SQLException e = failure("SELECT CAST('abc' AS int)");
    assertThat(e.getErrorCode()).isEqualTo(245);
    assertThat(e.getMessage()).endsWith("Conversion failed when converting the varchar value 'abc' to data type int.");
    assertSessionWorks();
  }

  @Test
  void syntaxErrorIs102() throws SQLException {
    SQLException e = failure("SELECT 1 +");
    assertThat(e.getErrorCode()).isEqualTo(102);
    assertThat(e.getMessage()).startsWith("Incorrect syntax near ");
    assertSessionWorks();
  }

  @Test
  void printArrivesAsAWarning() throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute("PRINT N'hello from the server'");
      SQLWarning w = s.getWarnings();
      assertThat((Throwable) w).isNotNull();
      assertThat(w.getMessage()).isEqualTo("hello from the server");
      assertThat(w.getErrorCode()).isZero();
    }
  }

  @Test
  void errorInTheMiddleOfABatchKeepsEarlierResults() throws SQLException {
    try (Statement s = connection.createStatement()) {
      assertThat(s.execute("SELECT 1; SELECT 1/0; SELECT 3")).isTrue();
      try (ResultSet rs = s.getResultSet()) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getInt(1)).isEqualTo(1);
      }
      SQLException e = catchThrowableOfType(SQLException.class, () -> drain(s, s.getMoreResults()));
      assertThat((Throwable) e).isNotNull();
      assertThat(e.getErrorCode()).isEqualTo(8134);
    }
    assertSessionWorks();
  }

  @Test
  void userDefinedMessageArrivesWithItsNumberSeverityAndState() throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute("EXEC sp_addmessage 50801, 14, N'Order %d for customer %s is invalid.', @replace = 'replace'");
      s.execute("EXEC sp_addmessage 50802, 10, N'%d rows checked.', @replace = 'replace'");
      s.execute("RAISERROR(50802, -1, 1, 12)");
      SQLWarning w = s.getWarnings();
      assertThat((Throwable) w).isNotNull();
      assertThat(w.getMessage()).isEqualTo("12 rows checked.");
    }
    SQLException e = failure("RAISERROR(50801, -1, 4, 42, N'ACME')");
    assertThat(e.getErrorCode()).isEqualTo(50801);
    assertThat(e.getMessage()).isEqualTo("Order 42 for customer ACME is invalid.");
    var error = ((com.microsoft.sqlserver.jdbc.SQLServerException) e).getSQLServerError();
    assertThat(error.getErrorSeverity()).isEqualTo(14);
    assertThat(error.getErrorState()).isEqualTo(4);
    assertSessionWorks();
  }

  private static void assertSessionWorks() throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT N'ok'")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("ok");
    }
  }
}
