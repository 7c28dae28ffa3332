package dev.quern.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.it.support.QuernServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What maintenance scripts and SSMS read of statistics through mssql-jdbc: DBCC SHOW_STATISTICS's
 * three result sets with SQL Server's column names and types, and the stats DMFs over APPLY.
 */
class JdbcStatisticsIT {
  @RegisterExtension static final QuernServer SERVER = QuernServer.create();

  @Test
  void showStatisticsReturnsHeaderDensityVectorAndHistogram() throws SQLException {
    try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE jst (id int CONSTRAINT pk_jst PRIMARY KEY, a varchar(10))"
          + " INSERT jst VALUES (1, 'x'), (2, 'y'), (3, 'x')"
          + " CREATE STATISTICS jst_a ON jst (a)");
      assertThat(s.execute("DBCC SHOW_STATISTICS ('jst', jst_a) WITH NO_INFOMSGS")).isTrue();
      try (ResultSet rs = s.getResultSet()) {
        ResultSetMetaData md = rs.getMetaData();
        assertThat(md.getColumnCount()).isEqualTo(11);
        assertThat(md.getColumnName(2)).isEqualTo("Updated");
        assertThat(md.getColumnType(2)).isEqualTo(Types.TIMESTAMP);
        assertThat(md.getColumnName(5)).isEqualTo("Steps");
        assertThat(md.getColumnType(5)).isEqualTo(Types.SMALLINT);
        assertThat(md.getColumnType(6)).isEqualTo(Types.REAL);
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("jst_a");
        assertThat(rs.getTimestamp(2)).isNotNull();
        assertThat(rs.getLong(3)).isEqualTo(3);
        assertThat(rs.getShort(5)).isEqualTo((short) 2);
        assertThat(rs.getString(8)).isEqualTo("YES");
      }
      assertThat(s.getMoreResults()).isTrue();
      try (ResultSet rs = s.getResultSet()) {
        assertThat(rs.getMetaData().getColumnName(1)).isEqualTo("All density");
        assertThat(rs.next()).isTrue();
        assertThat(rs.getFloat(1)).isEqualTo(0.5f);
        assertThat(rs.getString(3)).isEqualTo("a");
      }
      assertThat(s.getMoreResults()).isTrue();
      try (ResultSet rs = s.getResultSet()) {
        ResultSetMetaData md = rs.getMetaData();
        assertThat(md.getColumnName(1)).isEqualTo("RANGE_HI_KEY");
        assertThat(md.getColumnType(1)).isEqualTo(Types.VARCHAR);
        assertThat(md.getColumnType(4)).isEqualTo(Types.BIGINT);
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("x");
        assertThat(rs.getFloat(3)).isEqualTo(2f);
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("y");
        assertThat(rs.next()).isFalse();
      }
    }
  }

  @Test
  void statsPropertiesAndHistogramReadThroughApply() throws SQLException {
    try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE jsp (id int CONSTRAINT pk_jsp PRIMARY KEY, v int)"
          + " INSERT jsp VALUES (1, 10), (2, 20)"
          + " UPDATE STATISTICS jsp");
      try (ResultSet rs = s.executeQuery(
          "SELECT s.name, STATS_DATE(s.object_id, s.stats_id), p.rows, p.modification_counter, h.range_high_key"
              + " FROM sys.stats s CROSS APPLY sys.dm_db_stats_properties(s.object_id, s.stats_id) p"
              + " CROSS APPLY sys.dm_db_stats_histogram(s.object_id, s.stats_id) h"
              + " WHERE s.object_id = OBJECT_ID('jsp') ORDER BY h.step_number")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("pk_jsp");
        assertThat(rs.getTimestamp(2)).isNotNull();
        assertThat(rs.getLong(3)).isEqualTo(2);
        assertThat(rs.getLong(4)).isZero();
        assertThat(rs.getObject(5)).isEqualTo(1);
        assertThat(rs.next()).isTrue();
        assertThat(rs.getObject(5)).isEqualTo(2);
        assertThat(rs.next()).isFalse();
      }
    }
  }
}
