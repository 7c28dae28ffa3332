package dev.quern.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.it.support.QuernServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a monitoring procedure in the style of sp_WhoIsActive reads through mssql-jdbc while one
 * session, inside a WAITFOR, holds a lock another waits for: the sessions from sys.sysprocesses
 * (blockers found by a GOTO loop), each matched to its request by the request's start time, the
 * wait shown as {@code (Nms)WAIT_TYPE}, the running statement's text as a processing instruction.
 */
class JdbcBlockingMonitorIT {
  @RegisterExtension static final QuernServer SERVER = QuernServer.create();

  private static final String MONITOR = """
      CREATE PROCEDURE dbo.monitor_waits AS
      BEGIN
        SET NOCOUNT ON;
        DECLARE @blocker bit = 0;
        DECLARE @sessions TABLE (session_id smallint NOT NULL, blocked smallint, wait_type nvarchar(32),
          wait_time bigint, last_batch datetime, PRIMARY KEY CLUSTERED (session_id) WITH (IGNORE_DUP_KEY = ON));
        DECLARE @blockers TABLE (session_id int NOT NULL PRIMARY KEY WITH (IGNORE_DUP_KEY = ON));
        COLLECT:;
        INSERT @sessions
        SELECT sp.spid, NULLIF(sp.blocked, 0), RTRIM(sp.lastwaittype), sp.waittime, sp.last_batch
        FROM sys.sysprocesses AS sp
        WHERE (@blocker = 0 AND sp.blocked <> 0 AND sp.spid <> @@SPID)
           OR (@blocker = 1 AND sp.spid IN (SELECT session_id FROM @blockers));
        IF @blocker = 0
        BEGIN;
          INSERT @blockers SELECT blocked FROM @sessions WHERE blocked IS NOT NULL EXCEPT SELECT session_id FROM @sessions;
          IF @@ROWCOUNT > 0
          BEGIN;
            SET @blocker = 1;
            GOTO COLLECT;
          END;
        END;
        SELECT sp.session_id,
          N'(' + CONVERT(nvarchar, sp.wait_time) + N'ms)' + sp.wait_type COLLATE Latin1_General_Bin2 AS wait_info,
          sp.blocked AS blocking_session_id,
          (SELECT SUBSTRING(t.text, r.statement_start_offset / 2 + 1,
             CASE r.statement_end_offset WHEN -1 THEN 2147483647
               ELSE (r.statement_end_offset - r.statement_start_offset) / 2 + 1 END) AS [processing-instruction(query)]
           FROM sys.dm_exec_sql_text(r.sql_handle) AS t FOR XML PATH(''), TYPE) AS sql_text
        FROM @sessions AS sp
        LEFT OUTER LOOP JOIN sys.dm_exec_sessions AS s ON s.session_id = sp.session_id
        LEFT OUTER HASH JOIN sys.dm_exec_requests AS r ON r.session_id = sp.session_id
          AND r.start_time = s.last_request_start_time AND s.last_request_end_time <= sp.last_batch
        ORDER BY sp.session_id;
      END""";

  @Test
  void theBlockedSessionShowsItsLockWaitItsBlockerAndItsStatement() throws Exception {
    try (Connection blocker = SERVER.connect(); Statement b = blocker.createStatement();
        Connection victim = SERVER.connect(); Statement v = victim.createStatement();
        Connection dba = SERVER.connect(); Statement d = dba.createStatement()) {
      d.execute("CREATE TABLE watched (id int PRIMARY KEY, v int NOT NULL) INSERT watched VALUES (1, 0)");
      d.execute(MONITOR);
      int blockerSpid = spid(b);
      int victimSpid = spid(v);
      // Threads of their own: the common pool may have a single worker on a small machine.
      ExecutorService clients = Executors.newFixedThreadPool(2);
      CompletableFuture<Void> holding = CompletableFuture.runAsync(() -> run(b,
          "BEGIN TRAN UPDATE watched SET v = 1 WHERE id = 1 WAITFOR DELAY '00:00:30' ROLLBACK"), clients);
      waitFor(d, blockerSpid, "WAITFOR");
      CompletableFuture<Void> waiting =
          CompletableFuture.runAsync(() -> run(v, "UPDATE watched SET v = 2 WHERE id = 1"), clients);
      waitFor(d, victimSpid, "LCK_M_X");

      Map<Integer, String[]> rows = new HashMap<>();
      try (ResultSet rs = d.executeQuery("EXEC dbo.monitor_waits")) {
        while (rs.next()) {
          rows.put(rs.getInt(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4)});
        }
      }
      assertThat(rows).containsKeys(blockerSpid, victimSpid);
      assertThat(rows.get(victimSpid)[0]).matches("\\(\\d+ms\\)LCK_M_X");
      assertThat(rows.get(victimSpid)[1]).isEqualTo(Integer.toString(blockerSpid));
      assertThat(rows.get(victimSpid)[2]).isEqualTo("<?query UPDATE watched SET v = 2 WHERE id = 1?>");
      assertThat(rows.get(blockerSpid)[0]).matches("\\(\\d+ms\\)WAITFOR");
      assertThat(rows.get(blockerSpid)[1]).isNull();
      assertThat(rows.get(blockerSpid)[2]).isEqualTo("<?query WAITFOR DELAY '00:00:30'?>");

      d.execute("KILL " + blockerSpid);
      waiting.get();
      holding.exceptionally(e -> null).get();
      clients.shutdown();
      d.execute("DROP PROCEDURE dbo.monitor_waits DROP TABLE watched");
    }
  }

  /** Until {@code spid}'s request waits with {@code waitType}. */
  private static void waitFor(Statement d, int spid, String waitType) throws Exception {
    for (int i = 0; i < 500; i++) {
      try (ResultSet rs = d.executeQuery(
          "SELECT 1 FROM sys.dm_exec_requests WHERE session_id = " + spid + " AND wait_type = '" + waitType + "'")) {
        if (rs.next()) {
          return;
        }
      }
      Thread.sleep(20);
    }
    throw new AssertionError("session " + spid + " never waited with " + waitType);
  }

  private static void run(Statement s, String sql) {
    try {
      s.execute(sql);
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
