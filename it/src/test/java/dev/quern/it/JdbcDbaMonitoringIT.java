package dev.quern.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.it.support.QuernServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A DBA's monitoring scripts through mssql-jdbc, one realistic query per DMV, against live state:
 * a blocking chain, a transaction's log use, tempdb's consumers, the log and file space, the
 * SQLOS tasks and workers of a waiting request, the top functions, resource pools, server
 * permissions and memory clerks.
 */
class JdbcDbaMonitoringIT {
  @RegisterExtension static final QuernServer SERVER = QuernServer.create();

  /** The classic "what is blocking" query while session A holds a row lock and session B waits. */
  private static final String BLOCKING_CHAIN =
      "SELECT r.session_id, r.blocking_session_id, w.blocking_session_id AS waiter_blocker, w.wait_type,"
          + " s.login_name, l.request_mode, l.resource_type, t.task_state, wk.state,"
          + " i.ms_ticks - wk.wait_started_ms_ticks AS waited_ms"
          + " FROM sys.dm_exec_requests r"
          + " JOIN sys.dm_os_waiting_tasks w ON w.session_id = r.session_id"
          + " JOIN sys.dm_exec_sessions s ON s.session_id = r.session_id"
          + " JOIN sys.dm_tran_locks l ON l.request_session_id = r.session_id AND l.request_status = 'WAIT'"
          + " JOIN sys.dm_os_tasks t ON t.task_address = w.waiting_task_address"
          + " JOIN sys.dm_os_workers wk ON wk.worker_address = t.worker_address"
          + " CROSS JOIN sys.dm_os_sys_info i"
          + " WHERE r.blocking_session_id <> 0";

  @Test
  void theBlockingChainNamesTheSessionHoldingTheLock() throws Exception {
    try (Connection a = SERVER.connect(); Statement sa = a.createStatement();
        Connection b = SERVER.connect(); Statement sb = b.createStatement();
        Connection dba = SERVER.connect(); Statement d = dba.createStatement()) {
      sa.execute("CREATE TABLE chain (id int PRIMARY KEY, v int NOT NULL) INSERT chain VALUES (1, 0), (2, 0)");
      a.setAutoCommit(false);
      sa.executeUpdate("UPDATE chain SET v = 1 WHERE id IN (1, 2)");
      int spidA = spid(sa);
      int spidB = spid(sb);
      CompletableFuture<Integer> waiting = CompletableFuture.supplyAsync(() -> update(sb, "UPDATE chain SET v = 2 WHERE id = 1"));
      boolean found = false;
      for (int i = 0; i < 300 && !found; i++) {
        try (ResultSet rs = d.executeQuery(BLOCKING_CHAIN)) {
          while (rs.next()) {
            if (rs.getInt("session_id") != spidB) {
              continue;
            }
            found = true;
            assertThat(rs.getInt("blocking_session_id")).isEqualTo(spidA);
            assertThat(rs.getInt("waiter_blocker")).isEqualTo(spidA);
            assertThat(rs.getString("wait_type")).isEqualTo("LCK_M_X");
            assertThat(rs.getString("login_name")).isEqualTo("sa");
            assertThat(rs.getString("request_mode")).isEqualTo("X");
            assertThat(rs.getString("resource_type")).isEqualTo("KEY");
            assertThat(rs.getString("task_state")).isEqualTo("SUSPENDED");
            assertThat(rs.getString("state")).isEqualTo("SUSPENDED");
            assertThat(rs.getLong("waited_ms")).isNotNegative();
          }
        }
        Thread.sleep(20);
      }
      assertThat(found).as("session %d shows as blocked", spidB).isTrue();

      // Who holds the open transaction, and how much log it has written: A's two rows.
      try (ResultSet rs = d.executeQuery(
          "SELECT st.session_id, DB_NAME(dt.database_id), dt.database_transaction_state,"
              + " dt.database_transaction_log_record_count, dt.database_transaction_log_bytes_used,"
              + " dt.database_transaction_begin_time"
              + " FROM sys.dm_tran_database_transactions dt"
              + " JOIN sys.dm_tran_session_transactions st ON st.transaction_id = dt.transaction_id"
              + " WHERE st.session_id = " + spidA)) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(2)).isEqualTo("master");
        assertThat(rs.getInt(3)).isEqualTo(4);
        assertThat(rs.getLong(4)).isEqualTo(2);
        assertThat(rs.getLong(5)).isPositive();
        assertThat(rs.getTimestamp(6)).isNotNull();
        assertThat(rs.next()).isFalse();
      }
      a.commit();
      assertThat(waiting.get(60, TimeUnit.SECONDS)).isEqualTo(1);
      a.setAutoCommit(true);
      sa.execute("DROP TABLE chain");
    }
  }

  @Test
  void tempdbConsumersAreTheSessionsHoldingTempTables() throws SQLException {
    try (Connection user = SERVER.connect(); Statement u = user.createStatement();
        Connection dba = SERVER.connect(); Statement d = dba.createStatement()) {
      long before = tempdbUserPages(d);
      u.execute("CREATE TABLE #big (id int PRIMARY KEY, pad nchar(1000))");
      u.execute("INSERT INTO #big SELECT value, N'x' FROM GENERATE_SERIES(1, 2000)");
      int spid = spid(u);
      try (ResultSet rs = d.executeQuery(
          "SELECT TOP 1 s.session_id, s.login_name, u.user_objects_alloc_page_count * 8 AS user_kb"
              + " FROM sys.dm_db_session_space_usage u JOIN sys.dm_exec_sessions s ON s.session_id = u.session_id"
              + " ORDER BY u.user_objects_alloc_page_count DESC")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getInt(1)).isEqualTo(spid);
        // 2,000 rows of a 1,000-character column: well over a megabyte however they are stored.
        assertThat(rs.getLong(3)).isGreaterThan(1024);
      }
      assertThat(tempdbUserPages(d)).as("tempdb's user object pages grew").isGreaterThan(before);
      u.execute("DROP TABLE #big");
      try (ResultSet rs = d.executeQuery(
          "SELECT user_objects_alloc_page_count FROM sys.dm_db_session_space_usage WHERE session_id = " + spid)) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getLong(1)).isZero();
      }
    }
  }

  @Test
  void tempdbUsageNeverWaitsForTheSessionsItWatches() throws SQLException {
    try (Connection user = SERVER.connect(); Statement u = user.createStatement();
        Connection dba = SERVER.connect(); Statement d = dba.createStatement()) {
      u.execute("CREATE TABLE #held (id int PRIMARY KEY, pad nchar(1000))");
      u.execute("INSERT INTO #held SELECT value, N'h' FROM GENERATE_SERIES(1, 500)");
      int spid = spid(u);
      long committed = sessionPages(d, spid);
      assertThat(committed).isPositive();
      user.setAutoCommit(false);
      u.execute("INSERT INTO #held SELECT value, N'h' FROM GENERATE_SERIES(501, 1000)");
      d.setQueryTimeout(10);
      assertThat(sessionPages(d, spid)).as("uncommitted rows are not seen").isEqualTo(committed);
      u.execute("ALTER TABLE #held ADD extra int NULL");
      assertThat(sessionPages(d, spid)).as("a table its DDL holds counts nothing").isZero();
      user.rollback();
      user.setAutoCommit(true);
      assertThat(sessionPages(d, spid)).isEqualTo(committed);
    }
  }

  private static long sessionPages(Statement d, int spid) throws SQLException {
    try (ResultSet rs = d.executeQuery(
        "SELECT user_objects_alloc_page_count FROM sys.dm_db_session_space_usage WHERE session_id = " + spid)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void aRunningBatchShowsItsTableVariablesAndItsThread() throws Exception {
    try (Connection user = SERVER.connect(); Statement u = user.createStatement();
        Connection dba = SERVER.connect(); Statement d = dba.createStatement()) {
      int spid = spid(u);
      CompletableFuture<Integer> batch = CompletableFuture.supplyAsync(() -> update(u,
          "DECLARE @work TABLE (id int, pad nchar(1000));"
              + " INSERT INTO @work SELECT value, N'w' FROM GENERATE_SERIES(1, 1000);"
              + " WAITFOR DELAY '00:00:02'"));
      boolean seen = false;
      for (int i = 0; i < 150 && !seen; i++) {
        // Which running request uses tempdb, on which worker and OS thread, and for how long it has run.
        try (ResultSet rs = d.executeQuery(
            "SELECT r.session_id, r.wait_type, ts.user_objects_alloc_page_count, th.os_thread_id,"
                + " th.kernel_time + th.usermode_time AS cpu_ms, i.ms_ticks - wk.task_bound_ms_ticks AS bound_ms"
                + " FROM sys.dm_db_task_space_usage ts"
                + " JOIN sys.dm_exec_requests r ON r.session_id = ts.session_id AND r.request_id = ts.request_id"
                + " JOIN sys.dm_os_tasks t ON t.session_id = ts.session_id AND t.exec_context_id = ts.exec_context_id"
                + " JOIN sys.dm_os_workers wk ON wk.worker_address = t.worker_address"
                + " JOIN sys.dm_os_threads th ON th.thread_address = wk.thread_address"
                + " CROSS JOIN sys.dm_os_sys_info i"
                + " WHERE ts.session_id = " + spid + " AND r.wait_type = 'WAITFOR'")) {
          if (rs.next()) {
            seen = true;
            assertThat(rs.getLong(3)).as("the batch's table variable").isPositive();
            assertThat(rs.getInt(4)).isPositive();
            assertThat(rs.getLong(5)).isNotNegative();
            assertThat(rs.getLong(6)).isNotNegative();
          }
        }
        Thread.sleep(20);
      }
      assertThat(seen).isTrue();
      batch.get(60, TimeUnit.SECONDS);
      try (ResultSet rs = d.executeQuery(
          "SELECT COUNT(*) FROM sys.dm_db_task_space_usage WHERE session_id = " + spid)) {
        rs.next();
        assertThat(rs.getInt(1)).as("no task once the batch ended").isZero();
      }
    }
  }

  @Test
  void theLogSpaceIsWhatDbccSqlperfReports() throws Exception {
    try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE logged (id int PRIMARY KEY) INSERT logged SELECT value FROM GENERATE_SERIES(1, 500)");
      boolean same = false;
      for (int i = 0; i < 20 && !same; i++) {
        double dmvMb;
        float dmvPercent;
        try (ResultSet rs = s.executeQuery(
            "SELECT total_log_size_in_bytes / 1048576.0, used_log_space_in_percent FROM sys.dm_db_log_space_usage")) {
          rs.next();
          dmvMb = rs.getDouble(1);
          dmvPercent = rs.getFloat(2);
        }
        try (ResultSet rs = s.executeQuery("DBCC SQLPERF(LOGSPACE)")) {
          while (rs.next()) {
            if (rs.getString(1).equals("master")) {
              same = Math.abs(rs.getFloat(2) - dmvMb) < 0.01 && rs.getFloat(3) == dmvPercent;
            }
          }
        }
      }
      assertThat(same).isTrue();
      s.execute("DROP TABLE logged");
    }
  }

  @Test
  void theTopFunctionsQueryCountsEachCall() throws SQLException {
    try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
      s.execute("CREATE FUNCTION dbo.tax (@amount int) RETURNS int AS BEGIN RETURN @amount / 5 END");
      try (ResultSet rs = s.executeQuery("SELECT SUM(dbo.tax(value)) FROM GENERATE_SERIES(1, 250)")) {
        rs.next();
      }
      try (ResultSet rs = s.executeQuery(
          "SELECT TOP 10 OBJECT_NAME(object_id, database_id) AS function_name, execution_count,"
              + " total_elapsed_time / execution_count AS avg_elapsed_time, total_worker_time"
              + " FROM sys.dm_exec_function_stats ORDER BY total_worker_time DESC")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("tax");
        assertThat(rs.getLong(2)).isEqualTo(250);
        assertThat(rs.getLong(3)).isNotNegative();
      }
      s.execute("DROP FUNCTION dbo.tax");
    }
  }

  @Test
  void resourcePoolsServerPermissionsAndMemoryClerksDescribeTheServer() throws SQLException {
    try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery(
          "SELECT p.name, g.name, p.used_memory_kb, p.max_memory_kb, p.read_io_completed_total,"
              + " p.write_io_completed_total FROM sys.dm_resource_governor_resource_pools p"
              + " JOIN sys.dm_resource_governor_workload_groups g ON g.pool_id = p.pool_id WHERE p.name = 'default'")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(2)).isEqualTo("default");
        assertThat(rs.getLong(3)).isPositive().isLessThanOrEqualTo(rs.getLong(4) + cacheCapacityKb());
        assertThat(rs.getInt(6)).as("commits wrote the log").isPositive();
      }
      s.execute("CREATE LOGIN monitor_login WITH PASSWORD = 'Str0ng!Passw0rd'");
      try (ResultSet rs = s.executeQuery(
          "SELECT pr.name, pe.permission_name, pe.state_desc FROM sys.server_principals pr"
              + " JOIN sys.server_permissions pe ON pe.grantee_principal_id = pr.principal_id"
              + " WHERE pr.name = 'monitor_login'")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(2)).isEqualTo("CONNECT SQL");
        assertThat(rs.getString(3)).isEqualTo("GRANT");
      }
      s.execute("DROP LOGIN monitor_login");
      try (ResultSet rs = s.executeQuery(
          "SELECT TOP 1 type, SUM(pages_kb) AS kb FROM sys.dm_os_memory_clerks GROUP BY type ORDER BY kb DESC")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).startsWith("MEMORYCLERK_");
        assertThat(rs.getLong(2)).isPositive();
      }
    }
  }

  /** Both stores' block caches may hold up to 256 MB each, counted in the default pool's memory. */
  private static long cacheCapacityKb() {
    return 2 * 256 * 1024;
  }

  /** tempdb's user object pages, as "tempdb usage" scripts read them (in tempdb). */
  private static long tempdbUserPages(Statement d) throws SQLException {
    d.execute("USE tempdb");
    try (ResultSet rs = d.executeQuery("SELECT SUM(user_object_reserved_page_count) FROM sys.dm_db_file_space_usage")) {
      rs.next();
      return rs.getLong(1);
    } finally {
      d.execute("USE master");
    }
  }

  private static int update(Statement s, String sql) {
    try {
      return s.executeUpdate(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int spid(Statement s) throws SQLException {
    try (ResultSet rs = s.executeQuery("SELECT @@SPID")) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
