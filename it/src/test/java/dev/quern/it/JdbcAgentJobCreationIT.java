package dev.quern.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.it.support.QuernServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A maintenance solution's job creation through mssql-jdbc, as Ola Hallengren's installer does it
 * with @CreateJobs = 'Y' (this is our own script doing the same things): it reads the host
 * platform and the server's log directory, builds each step's output file name from the agent's
 * tokens, adds the jobs in the 'Database Maintenance' category with a step in msdb or a user
 * database and the local job server, then starts one; the history and the output file (its name
 * with the job's name and step id in it) show that the agent ran it.
 */
class JdbcAgentJobCreationIT {

  @RegisterExtension static final QuernServer SERVER = QuernServer.create();

  private static final String CREATE_JOBS = """
      DECLARE @HostPlatform nvarchar(256), @Separator nvarchar(1), @LogDirectory nvarchar(4000);
      DECLARE @Jobs TABLE (JobID int IDENTITY, JobName sysname, Command nvarchar(max), DatabaseName sysname, Done bit DEFAULT 0);
      DECLARE @Id int, @Name sysname, @Command nvarchar(max), @Database sysname, @OutputFile nvarchar(max);

      SELECT @HostPlatform = host_platform FROM sys.dm_os_host_info;
      SET @Separator = CASE WHEN @HostPlatform = 'Windows' THEN '\\' ELSE '/' END;
      SELECT @LogDirectory = [path] FROM sys.dm_os_server_diagnostics_log_configurations;
      IF RIGHT(@LogDirectory, 1) = @Separator SET @LogDirectory = LEFT(@LogDirectory, LEN(@LogDirectory) - 1);

      INSERT @Jobs (JobName, Command, DatabaseName) VALUES
        (N'Maintenance - Check it_shop', N'PRINT ''checking'';' + CHAR(13) + CHAR(10) + N'DBCC CHECKDB (it_shop) WITH NO_INFOMSGS', N'master'),
        (N'Maintenance - Count orders', N'SELECT COUNT(*) FROM dbo.orders;' + CHAR(13) + CHAR(10) + N'PRINT ''counted''', N'it_shop'),
        (N'sp_delete_backuphistory', N'DECLARE @CleanupDate datetime' + CHAR(13) + CHAR(10)
          + N'SET @CleanupDate = DATEADD(dd, -30, GETDATE())' + CHAR(13) + CHAR(10)
          + N'EXECUTE dbo.sp_delete_backuphistory @oldest_date = @CleanupDate', N'msdb'),
        (N'sp_purge_jobhistory', N'DECLARE @CleanupDate datetime' + CHAR(13) + CHAR(10)
          + N'SET @CleanupDate = DATEADD(dd, -30, GETDATE())' + CHAR(13) + CHAR(10)
          + N'EXECUTE dbo.sp_purge_jobhistory @oldest_date = @CleanupDate', N'msdb');

      WHILE EXISTS (SELECT * FROM @Jobs WHERE Done = 0)
      BEGIN
        SELECT TOP 1 @Id = JobID, @Name = JobName, @Command = Command, @Database = DatabaseName
        FROM @Jobs WHERE Done = 0 ORDER BY JobID;
        SET @OutputFile = @LogDirectory + @Separator + '$' + '(ESCAPE_SQUOTE(JOBNAME))_' + '$' + '(ESCAPE_SQUOTE(STEPID))_'
          + '$' + '(ESCAPE_SQUOTE(DATE))_' + '$' + '(ESCAPE_SQUOTE(TIME)).txt';
        IF LEN(@OutputFile) > 200 SET @OutputFile = NULL;
        IF NOT EXISTS (SELECT * FROM msdb.dbo.sysjobs WHERE [name] = @Name)
        BEGIN
          EXECUTE msdb.dbo.sp_add_job @job_name = @Name, @description = N'Created by the job creation IT',
            @category_name = N'Database Maintenance', @owner_login_name = N'sa';
          EXECUTE msdb.dbo.sp_add_jobstep @job_name = @Name, @step_name = @Name, @subsystem = 'TSQL',
            @command = @Command, @output_file_name = @OutputFile, @database_name = @Database;
          EXECUTE msdb.dbo.sp_add_jobserver @job_name = @Name;
        END
        UPDATE @Jobs SET Done = 1 WHERE JobID = @Id;
      END
      """;

  @Test
  void jobsAreCreatedInTheirCategoryAndAStartedOneWritesItsOutputFile() throws Exception {
    try (Connection c = SERVER.connect(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE it_shop");
      s.execute("CREATE TABLE it_shop.dbo.orders (id int); INSERT it_shop.dbo.orders VALUES (1), (2)");
      s.execute(CREATE_JOBS);
      s.execute(CREATE_JOBS); // a second install finds the jobs there and adds nothing

      List<String> jobs = rows(s, "SELECT j.name, c.name, st.database_name, CASE WHEN st.output_file_name LIKE"
          + " '%$(ESCAPE_SQUOTE(JOBNAME))_$(ESCAPE_SQUOTE(STEPID))_%' THEN 'tokens' END"
          + " FROM msdb.dbo.sysjobs j JOIN msdb.dbo.syscategories c ON c.category_id = j.category_id"
          + " JOIN msdb.dbo.sysjobsteps st ON st.job_id = j.job_id ORDER BY j.name");
      assertThat(jobs).containsExactly(
          "Maintenance - Check it_shop|Database Maintenance|master|tokens",
          "Maintenance - Count orders|Database Maintenance|it_shop|tokens",
          "sp_delete_backuphistory|Database Maintenance|msdb|tokens",
          "sp_purge_jobhistory|Database Maintenance|msdb|tokens");

      s.execute("EXEC msdb.dbo.sp_start_job @job_name = N'Maintenance - Count orders'");
      s.execute("EXEC msdb.dbo.sp_start_job @job_name = N'sp_purge_jobhistory'");
      awaitOutcomes(s, 2);
      assertThat(rows(s, "SELECT j.name, h.step_id, h.run_status FROM msdb.dbo.sysjobhistory h JOIN msdb.dbo.sysjobs j"
          + " ON j.job_id = h.job_id ORDER BY j.name, h.step_id")).containsExactly(
          "Maintenance - Count orders|0|1", "Maintenance - Count orders|1|1",
          "sp_purge_jobhistory|0|1", "sp_purge_jobhistory|1|1");

      String logDirectory = rows(s, "SELECT path FROM sys.dm_os_server_diagnostics_log_configurations").getFirst();
      Path dir = Path.of(logDirectory);
      assertThat(dir).isEqualTo(SERVER.dataDir().resolve("log").toAbsolutePath());
      List<Path> files;
      try (var list = Files.list(dir)) {
        files = list.filter(f -> f.getFileName().toString().startsWith("Maintenance - Count orders_1_")).toList();
      }
      assertThat(files).hasSize(1);
      assertThat(files.getFirst().getFileName().toString()).matches("Maintenance - Count orders_1_\\d{8}_\\d{1,6}\\.txt");
      List<String> lines = Files.readAllLines(files.getFirst());
      assertThat(lines.getFirst()).startsWith("Job 'Maintenance - Count orders' : Step 1, 'Maintenance - Count orders'"
          + " : Began Executing ");
      assertThat(lines.subList(1, lines.size())).containsExactly("", "counted [SQLSTATE 01000]");
      try (var list = Files.list(dir)) {
        assertThat(list.filter(f -> f.getFileName().toString().startsWith("sp_purge_jobhistory_1_"))).hasSize(1);
      }
    }
  }

  private static List<String> rows(Statement s, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (ResultSet rs = s.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          b.append(i > 1 ? "|" : "").append(rs.getString(i));
        }
        out.add(b.toString());
      }
    }
    return out;
  }

  /** Polls until {@code count} job outcomes are in the history; fails after 30 s. */
  private static void awaitOutcomes(Statement s, int count) throws SQLException, InterruptedException {
    long end = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < end) {
      try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM msdb.dbo.sysjobhistory WHERE step_id = 0")) {
        rs.next();
        if (rs.getInt(1) >= count) {
          return;
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the jobs never finished");
  }
}
