package dev.quern.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.it.support.QuernServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The plan-cache DMVs and DBCC through mssql-jdbc: a prepared statement's runs counted in
 * sys.dm_exec_query_stats and found by the DBA's top-queries-by-CPU query; DBCC CHECKDB's
 * messages arriving as the statement's SQLWarning chain.
 */
class JdbcQueryStatsIT {
  @RegisterExtension static final QuernServer SERVER = QuernServer.create();

  private static final String TOP_QUERIES =
      "SELECT TOP 10 qs.total_worker_time, qs.execution_count, qs.total_rows,"
          + " SUBSTRING(t.text, qs.statement_start_offset / 2 + 1,"
          + " ((CASE qs.statement_end_offset WHEN -1 THEN DATALENGTH(t.text) ELSE qs.statement_end_offset END"
          + " - qs.statement_start_offset) / 2) + 1) AS statement_text"
          + " FROM sys.dm_exec_query_stats AS qs CROSS APPLY sys.dm_exec_sql_text(qs.sql_handle) AS t"
          + " ORDER BY qs.total_worker_time DESC";

  @Test
  void topQueriesByCpuFindsAPreparedStatementRunFiveTimes() throws SQLException {
    try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE qs_it (id int PRIMARY KEY, v int)");
      s.execute("INSERT INTO qs_it SELECT value, value * 10 FROM GENERATE_SERIES(1, 100)");
      try (PreparedStatement p = c.prepareStatement("SELECT v FROM qs_it WHERE id > ? /* qs-it */")) {
        for (int i = 0; i < 5; i++) {
          p.setInt(1, 95);
          try (ResultSet rs = p.executeQuery()) {
            int n = 0;
            while (rs.next()) {
              n++;
            }
            assertThat(n).isEqualTo(5);
          }
        }
      }
      boolean found = false;
      try (ResultSet rs = s.executeQuery(TOP_QUERIES.replace("SELECT TOP 10", "SELECT TOP 1000"))) {
        while (rs.next()) {
          if (rs.getString(4).startsWith("SELECT v FROM qs_it WHERE id > @P0")) {
            found = true;
            assertThat(rs.getLong(2)).isEqualTo(5);
            assertThat(rs.getLong(3)).isEqualTo(25);
            assertThat(rs.getLong(1)).isNotNegative();
          }
        }
      }
      assertThat(found).isTrue();
      try (ResultSet rs = s.executeQuery(TOP_QUERIES)) {
        assertThat(rs.next()).isTrue();
      }
    }
  }

  @Test
  void checkDbMessagesArriveAsWarnings() throws SQLException {
    try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE dbcc_it (id int PRIMARY KEY, v int)");
      s.execute("CREATE INDEX dbcc_it_v ON dbcc_it (v)");
      String db;
      try (ResultSet rs = s.executeQuery("SELECT DB_NAME()")) {
        rs.next();
        db = rs.getString(1);
      }
      s.execute("INSERT INTO dbcc_it VALUES (1, 1), (2, 2)");
      s.execute("DBCC CHECKDB");
      List<String> messages = new ArrayList<>();
      List<Integer> numbers = new ArrayList<>();
      for (SQLWarning w = s.getWarnings(); w != null; w = w.getNextWarning()) {
        messages.add(w.getMessage());
        numbers.add(w.getErrorCode());
      }
      assertThat(messages).contains(
          "There are 2 rows in 1 pages for object \"dbo.dbcc_it\".",
          "CHECKDB found 0 allocation errors and 0 consistency errors in database '" + db + "'.",
          "DBCC execution completed. If DBCC printed error messages, contact your system administrator.");
      assertThat(numbers.getLast()).isEqualTo(2528);
      assertThat(numbers).contains(8989, 2536, 2593);
    }
  }
}
