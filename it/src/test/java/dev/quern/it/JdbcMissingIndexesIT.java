package dev.quern.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.it.support.QuernServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a DBA reads and writes about indexes through mssql-jdbc: the classic "missing indexes" query
 * over sys.dm_db_missing_index_groups, _group_stats and _details after a prepared statement ran
 * (its plan compiled once, run many times), index hints followed or refused, and the index options
 * sys.indexes reports.
 */
class JdbcMissingIndexesIT {
  @RegisterExtension static final QuernServer SERVER = QuernServer.create();

  private static final String DBA_QUERY =
      "SELECT migs.avg_total_user_cost * (migs.avg_user_impact / 100.0) * (migs.user_seeks + migs.user_scans)"
          + " AS improvement_measure,"
          + " 'CREATE INDEX [missing_index_' + CONVERT(varchar, mig.index_group_handle) + '_'"
          + " + CONVERT(varchar, mid.index_handle) + '_' + LEFT(PARSENAME(mid.statement, 1), 32) + ']'"
          + " + ' ON ' + mid.statement + ' (' + ISNULL(mid.equality_columns, '')"
          + " + CASE WHEN mid.equality_columns IS NOT NULL AND mid.inequality_columns IS NOT NULL THEN ',' ELSE '' END"
          + " + ISNULL(mid.inequality_columns, '') + ')' + ISNULL(' INCLUDE (' + mid.included_columns + ')', '')"
          + " AS create_index_statement, migs.*, mid.database_id, mid.[object_id]"
          + " FROM sys.dm_db_missing_index_groups mig"
          + " INNER JOIN sys.dm_db_missing_index_group_stats migs ON migs.group_handle = mig.index_group_handle"
          + " INNER JOIN sys.dm_db_missing_index_details mid ON mig.index_handle = mid.index_handle"
          + " WHERE mid.object_id = OBJECT_ID('jmi')"
          + " ORDER BY migs.avg_total_user_cost * migs.avg_user_impact * (migs.user_seeks + migs.user_scans) DESC";

  @Test
  void classicMissingIndexQueryListsWhatPreparedQueriesLacked() throws SQLException {
    try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE jmi (id int CONSTRAINT pk_jmi PRIMARY KEY, cust int, placed date, total money)");
      try (PreparedStatement ins = c.prepareStatement("INSERT INTO jmi VALUES (?, ?, ?, ?)")) {
        for (int i = 1; i <= 200; i++) {
          ins.setInt(1, i);
          ins.setInt(2, i % 20);
          ins.setDate(3, java.sql.Date.valueOf(java.time.LocalDate.of(2024, 1, 1).plusDays(i)));
          ins.setBigDecimal(4, java.math.BigDecimal.valueOf(i));
          ins.addBatch();
        }
        ins.executeBatch();
      }
      try (PreparedStatement q = c.prepareStatement("SELECT total FROM jmi WHERE cust = ? AND placed >= ?")) {
        for (int i = 0; i < 5; i++) {
          q.setInt(1, i);
          q.setDate(2, java.sql.Date.valueOf("2024-03-01"));
          try (ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
              assertThat(rs.getBigDecimal(1)).isNotNull();
            }
          }
        }
      }
      try (ResultSet rs = s.executeQuery(DBA_QUERY)) {
        assertThat(rs.getMetaData().getColumnType(1)).isEqualTo(Types.DOUBLE);
        assertThat(rs.getMetaData().getColumnName(3)).isEqualTo("group_handle");
        assertThat(rs.next()).isTrue();
        assertThat(rs.getDouble("improvement_measure")).isPositive();
        assertThat(rs.getString("create_index_statement")).matches(
            "CREATE INDEX \\[missing_index_\\d+_\\d+_jmi\\] ON \\[master\\]\\.\\[dbo\\]\\.\\[jmi\\]"
                + " \\(\\[cust\\],\\[placed\\]\\) INCLUDE \\(\\[total\\]\\)");
        assertThat(rs.getLong("user_seeks")).isEqualTo(5);
        // mssql-jdbc runs a prepared statement's first call through sp_executesql and prepares it
        // on the second (sp_prepexec): two compiled plans, reused by the three calls after.
        assertThat(rs.getLong("unique_compiles")).isEqualTo(2);
        assertThat(rs.getTimestamp("last_user_seek")).isNotNull();
        assertThat(rs.getDouble("avg_user_impact")).isBetween(0.0, 100.0);
        assertThat(rs.next()).isFalse();
      }
      s.execute("CREATE INDEX ix_jmi_cust ON jmi (cust, placed) INCLUDE (total)");
      try (ResultSet rs = s.executeQuery(DBA_QUERY)) {
        assertThat(rs.next()).isFalse();
      }
    }
  }

  @Test
  void indexHintsChooseThePlanNotTheRows() throws SQLException {
    try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE jih (id int CONSTRAINT pk_jih PRIMARY KEY, a int, b int)"
          + " CREATE INDEX ix_jih_a ON jih (a) WITH (FILLFACTOR = 80, PAD_INDEX = ON)"
          + " INSERT jih VALUES (1, 10, 1), (2, 20, 2), (3, 20, 3)");
      try (ResultSet rs = s.executeQuery("SELECT SUM(b) FROM jih WITH (FORCESEEK) WHERE a = 20")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getInt(1)).isEqualTo(5);
      }
      try (ResultSet rs = s.executeQuery("SELECT SUM(b) FROM jih WITH (INDEX(0)) WHERE a = 20")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getInt(1)).isEqualTo(5);
      }
      assertThatThrownBy(() -> s.executeQuery("SELECT b FROM jih WITH (FORCESEEK) WHERE b = 2"))
          .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getErrorCode()).isEqualTo(8622));
      assertThatThrownBy(() -> s.executeQuery("SELECT b FROM jih WITH (INDEX(ix_gone))"))
          .isInstanceOfSatisfying(SQLException.class, e -> {
            assertThat(e.getErrorCode()).isEqualTo(308);
            assertThat(e.getMessage()).isEqualTo(
                "Index 'ix_gone' on table 'dbo.jih' (specified in the FROM clause) does not exist.");
          });
      try (ResultSet rs = s.executeQuery(
          "SELECT fill_factor, is_padded FROM sys.indexes WHERE object_id = OBJECT_ID('jih') AND name = 'ix_jih_a'")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getInt(1)).isEqualTo(80);
        assertThat(rs.getBoolean(2)).isTrue();
      }
    }
  }
}
