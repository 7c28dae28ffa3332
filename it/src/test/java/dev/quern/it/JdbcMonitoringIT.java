package dev.quern.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.it.support.QuernServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What a DBA does through mssql-jdbc: watch connections and requests, find a blocker, KILL it. */
class JdbcMonitoringIT {
  @RegisterExtension static final QuernServer SERVER = QuernServer.create();

  @Test
  void dmExecConnectionsDescribesTheClientsConnection() throws SQLException {
    try (Connection c = SERVER.connect(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(
            "SELECT net_transport, protocol_type, auth_scheme, client_net_address, num_reads, num_writes,"
                + " net_packet_size, t.text FROM sys.dm_exec_connections"
                + " CROSS APPLY sys.dm_exec_sql_text(most_recent_sql_handle) AS t WHERE session_id = @@SPID")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("TCP");
      assertThat(rs.getString(2)).isEqualTo("TSQL");
      assertThat(rs.getString(3)).isEqualTo("SQL");
      assertThat(rs.getString(4)).isEqualTo("127.0.0.1");
      assertThat(rs.getInt(5)).isPositive();
      assertThat(rs.getInt(6)).isPositive();
      assertThat(rs.getInt(7)).isPositive();
      assertThat(rs.getString(8)).startsWith("SELECT net_transport");
    }
  }

  @Test
  void dmExecSessionsNamesTheDriverAndTdsVersion() throws SQLException {
    try (Connection c = SERVER.connect(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(
            "SELECT client_interface_name, client_version, nt_domain, original_login_name, login_name"
                + " FROM sys.dm_exec_sessions WHERE session_id = @@SPID")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).startsWith("Microsoft JDBC Driver");
      assertThat(rs.getInt(2)).isEqualTo(7);
      assertThat(rs.getString(3)).isNull();
      assertThat(rs.getString(4)).isEqualTo(rs.getString(5));
    }
  }

  @Test
  void aDbaFindsTheBlockingSessionAndKillsIt() throws Exception {
    try (Connection blocker = SERVER.connect(); Statement b = blocker.createStatement();
        Connection victim = SERVER.connect(); Statement v = victim.createStatement();
        Connection dba = SERVER.connect(); Statement d = dba.createStatement()) {
      b.execute("CREATE TABLE killme (id int PRIMARY KEY, v int NOT NULL) INSERT killme VALUES (1, 0)");
      blocker.setAutoCommit(false);
      b.executeUpdate("UPDATE killme SET v = 1 WHERE id = 1");
      int blockerSpid = spid(b);
      int victimSpid = spid(v);
      CompletableFuture<Integer> update = CompletableFuture.supplyAsync(() -> {
        try {
          return v.executeUpdate("UPDATE killme SET v = 2 WHERE id = 1");
        } catch (SQLException e) {
          throw new IllegalStateException(e);
        }
      });
      int blocking = 0;
      for (int i = 0; i < 300 && blocking == 0; i++) {
        try (ResultSet rs = d.executeQuery(
            "SELECT blocking_session_id FROM sys.dm_exec_requests WHERE session_id = " + victimSpid
                + " AND wait_type = 'LCK_M_X'")) {
          blocking = rs.next() ? rs.getInt(1) : 0;
        }
        Thread.sleep(20);
      }
      assertThat(blocking).isEqualTo(blockerSpid);

      d.execute("KILL " + blocking);
      assertThat(update.get(60, TimeUnit.SECONDS)).isEqualTo(1);
      try (ResultSet rs = d.executeQuery("SELECT v FROM killme")) {
        rs.next();
        assertThat(rs.getInt(1)).as("the killed session's UPDATE was rolled back").isEqualTo(2);
      }
      assertThatThrownBy(() -> b.executeQuery("SELECT 1")).isInstanceOf(SQLException.class);
      // The session leaves the list once its close finishes (its rollback released the lock first).
      int left = 1;
      for (int i = 0; i < 500 && left != 0; i++) {
        try (ResultSet rs = d.executeQuery("SELECT COUNT(*) FROM sys.dm_exec_sessions WHERE session_id = " + blockerSpid)) {
          rs.next();
          left = rs.getInt(1);
        }
        Thread.sleep(10);
      }
      assertThat(left).isZero();
      d.execute("DROP TABLE killme");
    }
  }

  private static int spid(Statement s) throws SQLException {
    try (ResultSet rs = s.executeQuery("SELECT @@SPID")) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
