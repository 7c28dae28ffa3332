package dev.quern.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.it.support.QuernServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Large results from GENERATE_SERIES stream through mssql-jdbc row by row, exactly. */
class JdbcStreamingIT {

  @RegisterExtension static final QuernServer SERVER = QuernServer.create();

  static final String HUNDRED_THOUSAND =
      "SELECT value, CAST(value AS float), CONCAT(N'row', value) FROM GENERATE_SERIES(1, 100000)";

  @Test
  void readsAHundredThousandRowsExactly() throws SQLException {
    try (Connection c = SERVER.connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(HUNDRED_THOUSAND)) {
      ResultSetMetaData md = rs.getMetaData();
      assertThat(md.getColumnCount()).isEqualTo(3);
      assertThat(md.getColumnName(1)).isEqualTo("value");
      assertThat(md.getColumnName(2)).isEmpty();
      assertThat(md.getColumnTypeName(1)).isEqualTo("int");
      assertThat(md.getColumnTypeName(2)).isEqualTo("float");
      assertThat(md.getColumnTypeName(3)).isEqualTo("nvarchar");
      int expected = 0;
      while (rs.next()) {
        expected++;
        if (rs.getInt(1) != expected || rs.getDouble(2) != expected || !rs.getString(3).equals("row" + expected)) {
          assertThat(new Object[] {rs.getInt(1), rs.getDouble(2), rs.getString(3)})
              .as("row %d", expected)
              .containsExactly(expected, (double) expected, "row" + expected);
        }
      }
      assertThat(expected).isEqualTo(100_000);
    }
  }

  @Test
  void readsTheSameResultFullyBuffered() throws SQLException {
    try (Connection c = SERVER.connect("encrypt=false;responseBuffering=full");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(HUNDRED_THOUSAND)) {
      long sum = 0;
      int rows = 0;
      while (rs.next()) {
        sum += rs.getInt(1);
        rows++;
      }
      assertThat(rows).isEqualTo(100_000);
      assertThat(sum).isEqualTo(100_000L * 100_001 / 2);
    }
  }

  @Test
  void abandoningAResultHalfWayLeavesTheSessionUsable() throws SQLException {
    try (Connection c = SERVER.connect()) {
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT value FROM GENERATE_SERIES(1, 1000000)")) {
        for (int i = 1; i <= 1_000; i++) {
          assertThat(rs.next()).isTrue();
          assertThat(rs.getInt(1)).isEqualTo(i);
        }
      }
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT 42")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getInt(1)).isEqualTo(42);
      }
    }
  }

  @Test
  void descendingEmptyAndSteppedSeries() throws SQLException {
    // Without a step, GENERATE_SERIES counts down when start > stop; a step pointing away from
    // stop yields no rows.
    try (Connection c = SERVER.connect();
        Statement s = c.createStatement()) {
      assertThat(values(s, "SELECT value FROM GENERATE_SERIES(5, 1)")).isEqualTo("5 4 3 2 1 ");
      assertThat(values(s, "SELECT value FROM GENERATE_SERIES(1, 5, -1)")).isEmpty();
      assertThat(values(s, "SELECT value FROM GENERATE_SERIES(10, 1, -3)")).isEqualTo("10 7 4 1 ");
    }
  }

  private static String values(Statement s, String sql) throws SQLException {
    StringBuilder values = new StringBuilder();
    try (ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        values.append(rs.getInt(1)).append(' ');
      }
    }
    return values.toString();
  }

  @Test
  void multipleResultSetsInOneBatch() throws SQLException {
    try (Connection c = SERVER.connect();
        Statement s = c.createStatement()) {
      assertThat(s.execute("SELECT 1 AS a; SELECT value FROM GENERATE_SERIES(1, 3); SELECT N'x' AS c")).isTrue();
      int sets = 0;
      int rows = 0;
      do {
        try (ResultSet rs = s.getResultSet()) {
          sets++;
          while (rs.next()) {
            rows++;
          }
        }
      } while (s.getMoreResults() || s.getUpdateCount() != -1);
      assertThat(sets).isEqualTo(3);
      assertThat(rows).isEqualTo(5);
    }
  }
}
