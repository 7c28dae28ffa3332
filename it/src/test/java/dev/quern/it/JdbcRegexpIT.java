package dev.quern.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.it.support.QuernServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * SQL Server 2025's REGEXP_* functions through mssql-jdbc: result types as the driver sees them,
 * the table functions' columns, parameters bound by a prepared statement (sp_prepexec), and the
 * 193xx errors as SQLExceptions.
 */
class JdbcRegexpIT {

  @RegisterExtension static final QuernServer SERVER = QuernServer.create();

  @Test
  void scalarResultsKeepTheirTypes() throws SQLException {
    try (Connection c = SERVER.connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT REGEXP_REPLACE(N'a-b', N'-', N'+'), REGEXP_SUBSTR('abc123', '\\d+'),"
            + " REGEXP_INSTR('abc', 'c'), REGEXP_COUNT('banana', 'a')")) {
      ResultSetMetaData md = rs.getMetaData();
      assertThat(md.getColumnType(1)).isEqualTo(Types.NVARCHAR);
      assertThat(md.getPrecision(1)).isEqualTo(4000);
      assertThat(md.getColumnType(2)).isEqualTo(Types.VARCHAR);
      assertThat(md.getPrecision(2)).isEqualTo(6);
      assertThat(md.getColumnType(3)).isEqualTo(Types.INTEGER);
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("a+b");
      assertThat(rs.getString(2)).isEqualTo("123");
      assertThat(rs.getInt(3)).isEqualTo(3);
      assertThat(rs.getInt(4)).isEqualTo(3);
    }
  }

  @Test
  void preparedParametersAndTheTableFunctions() throws SQLException {
    try (Connection c = SERVER.connect();
        PreparedStatement p = c.prepareStatement(
            "SELECT match_id, start_position, match_value, substring_matches FROM REGEXP_MATCHES(?, ?) ORDER BY match_id")) {
      p.setString(1, "Learning #AzureSQL #AzureSQLDB");
      p.setString(2, "#([A-Za-z0-9_]+)");
      try (ResultSet rs = p.executeQuery()) {
        assertThat(rs.getMetaData().getColumnType(1)).isEqualTo(Types.BIGINT);
        assertThat(rs.next()).isTrue();
        assertThat(rs.getLong(1)).isEqualTo(1);
        assertThat(rs.getInt(2)).isEqualTo(10);
        assertThat(rs.getString(3)).isEqualTo("#AzureSQL");
        assertThat(rs.getString(4)).isEqualTo("[{\"value\":\"AzureSQL\",\"start\":11,\"length\":8}]");
        assertThat(rs.next()).isTrue();
        assertThat(rs.next()).isFalse();
      }
      // The same prepared statement again: a new pattern at the same call site.
      p.setString(1, "a1b2");
      p.setString(2, "\\d");
      try (ResultSet rs = p.executeQuery()) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(3)).isEqualTo("1");
      }
    }
  }

  @Test
  void regexpLikeFiltersAndErrorsArriveWithTheirNumbers() throws SQLException {
    try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery(
          "SELECT value FROM REGEXP_SPLIT_TO_TABLE('ab1,cd,ef2', ',') WHERE REGEXP_LIKE(value, '\\d$') ORDER BY ordinal")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("ab1");
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("ef2");
        assertThat(rs.next()).isFalse();
      }
      // The error follows the column metadata, so it surfaces by the first row at the latest.
      assertThatThrownBy(() -> firstRow(s.executeQuery("SELECT REGEXP_COUNT('abc', 'a(?=b)')")))
          .isInstanceOfSatisfying(SQLException.class, e -> {
            assertThat(e.getErrorCode()).isEqualTo(19300);
            assertThat(e.getMessage()).contains("invalid perl operator: (?=");
          });
    }
    // mssql-jdbc sends strings as nvarchar: flags bound as a parameter are refused (8116), as by SQL Server.
    try (Connection c = SERVER.connect();
        PreparedStatement p = c.prepareStatement("SELECT REGEXP_COUNT(?, ?, 1, ?)")) {
      p.setString(1, "ABC");
      p.setString(2, "a");
      p.setString(3, "i");
      assertThatThrownBy(() -> firstRow(p.executeQuery()))
          .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getErrorCode()).isEqualTo(8116));
    }
  }

  private static void firstRow(ResultSet rs) throws SQLException {
    try (rs) {
      rs.next();
    }
  }
}
