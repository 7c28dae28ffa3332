package dev.quern.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.it.support.QuernServer;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * SQL Server Agent through mssql-jdbc as a DBA script or a tool drives it: the job made with
 * sp_add_job as an RPC returning @job_id (uniqueidentifier OUTPUT), a step and the local server
 * added, sp_start_job answering at once with its message, then the history read back from
 * msdb.dbo.sysjobhistory once the server's agent has run the job.
 */
class JdbcAgentIT {

  @RegisterExtension static final QuernServer SERVER = QuernServer.create();

  @Test
  void aJobCreatedAndStartedFromJdbcLeavesItsHistory() throws Exception {
    try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE agent_it");
      s.execute("CREATE TABLE agent_it.dbo.runs (at datetime)");
      String jobId;
      try (CallableStatement cs = c.prepareCall("{call msdb.dbo.sp_add_job(@job_name = ?, @job_id = ?)}")) {
        cs.setString(1, "jdbc job");
        cs.registerOutParameter(2, microsoft.sql.Types.GUID);
        cs.execute();
        jobId = cs.getString(2);
      }
      assertThat(jobId).hasSize(36);
      s.execute("EXEC msdb.dbo.sp_add_jobstep @job_name = N'jdbc job', @step_name = N'insert',"
          + " @database_name = N'agent_it', @command = N'INSERT dbo.runs VALUES (GETDATE()); PRINT ''done'''");
      s.execute("EXEC msdb.dbo.sp_add_jobserver @job_name = N'jdbc job'");

      s.execute("EXEC msdb.dbo.sp_start_job @job_name = N'jdbc job'");
      List<String> warnings = new ArrayList<>();
      for (SQLWarning w = s.getWarnings(); w != null; w = w.getNextWarning()) {
        warnings.add(w.getMessage());
      }
      assertThat(warnings).containsExactly("Job 'jdbc job' started successfully.");

      awaitOutcome(s, jobId);
      try (ResultSet rs = s.executeQuery("SELECT step_id, step_name, run_status, message FROM msdb.dbo.sysjobhistory"
          + " WHERE job_id = '" + jobId + "' ORDER BY instance_id")) {
        List<String> rows = new ArrayList<>();
        while (rs.next()) {
          rows.add(rs.getInt(1) + "|" + rs.getString(2) + "|" + rs.getInt(3) + "|" + rs.getString(4));
        }
        assertThat(rows).containsExactly(
            "1|insert|1|Executed as user: dbo. done [SQLSTATE 01000] (Message 0).  The step succeeded.",
            "0|(Job outcome)|1|The job succeeded.  The Job was invoked by User sa.  The last step to run was step 1"
                + " (insert).");
      }
      try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM agent_it.dbo.runs")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getInt(1)).isEqualTo(1);
      }
    }
  }

  /** A started server runs its Agent, as sys.dm_server_services tells monitoring tools. */
  @Test
  void theServicesViewShowsTheAgentRunningInTheServersProcess() throws Exception {
    try (Connection c = SERVER.connect(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT status_desc, process_id, (SELECT process_id FROM sys.dm_server_services"
            + " WHERE servicename LIKE 'SQL Server (%') FROM sys.dm_server_services WHERE servicename LIKE 'SQL Server Agent%'")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("Running");
      assertThat(rs.getInt(2)).isPositive().isEqualTo(rs.getInt(3));
    }
  }

  /** Polls the job's outcome row (the agent runs the job on its own thread); fails after 30 s. */
  private static void awaitOutcome(Statement s, String jobId) throws SQLException, InterruptedException {
    long end = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < end) {
      try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM msdb.dbo.sysjobhistory WHERE step_id = 0 AND job_id = '"
          + jobId + "'")) {
        rs.next();
        if (rs.getInt(1) > 0) {
          return;
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the job never finished");
  }
}
