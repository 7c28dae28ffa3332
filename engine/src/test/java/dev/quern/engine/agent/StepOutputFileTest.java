package dev.quern.engine.agent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.EngineSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Job steps with agent tokens and output files, run by a real engine's agent: the tokens are
 * replaced (escaped as their macro says) in the command and the file name, the file gets the
 * header line and the step's messages, flag 2 appends, a bare token or a file that cannot be
 * opened fails the step, and sp_purge_jobhistory removes the history the runs left.
 */
class StepOutputFileTest {
  private static final String OUTCOMES =
      "SELECT h.run_status FROM msdb.dbo.sysjobhistory h JOIN msdb.dbo.sysjobs j ON j.job_id = h.job_id"
      + " WHERE h.step_id = 0 AND j.name = N'%s'";

  private static String stepMessages(EngineSession s, String job) {
    return String.join("|", TestSessions.rows(s, "SELECT h.message FROM msdb.dbo.sysjobhistory h JOIN msdb.dbo.sysjobs j"
        + " ON j.job_id = h.job_id WHERE h.step_id > 0 AND j.name = N'" + job.replace("'", "''") + "' ORDER BY h.instance_id"));
  }

  private static void run(EngineSession s, String job, int runs) throws InterruptedException {
    TestSessions.rows(s, "EXEC msdb.dbo.sp_start_job @job_name = N'" + job.replace("'", "''") + "'");
    TestSessions.awaitRow(s, "SELECT COUNT(*) FROM (" + OUTCOMES.formatted(job.replace("'", "''")) + ") o", String.valueOf(runs));
  }

  @Test
  void tokensAreReplacedAndTheStepsOutputGoesToItsFile() throws Exception {
    try (QuernEngine engine = QuernEngine.inMemory(); EngineSession s = TestSessions.open(engine)) {
      engine.server().agent().start(Duration.ofMillis(20));
      Path log = engine.server().storage().get().logDirectory();
      TestSessions.rows(s, "EXEC msdb.dbo.sp_add_job @job_name = N'Ola''s backup', @category_name = N'Database Maintenance';"
          + " EXEC msdb.dbo.sp_add_jobstep @job_name = N'Ola''s backup', @step_name = N'check',"
          + " @command = N'PRINT ''$(ESCAPE_SQUOTE(JOBNAME)) / $(ESCAPE_SQUOTE(STEPNAME)) / $(ESCAPE_NONE(STEPID))'';"
          + "   IF CONVERT(uniqueidentifier, $(ESCAPE_NONE(JOBID))) <> (SELECT job_id FROM msdb.dbo.sysjobs"
          + "     WHERE name = N''$(ESCAPE_SQUOTE(JOBNAME))'') RAISERROR(''wrong job id'', 16, 1);"
          + "   SELECT 1/0',"
          + " @output_file_name = N'$(ESCAPE_SQUOTE(SQLLOGDIR))/$(ESCAPE_NONE(JOBNAME))_$(ESCAPE_SQUOTE(STEPID))_"
          + "$(ESCAPE_SQUOTE(STRTDT)).txt';"
          + " EXEC msdb.dbo.sp_add_jobserver @job_name = N'Ola''s backup';");
      run(s, "Ola's backup", 1);
      assertThat(stepMessages(s, "Ola's backup")).isEqualTo("Executed as user: dbo. Ola's backup / check / 1 [SQLSTATE 01000]"
          + " (Message 0)  Divide by zero error encountered. [SQLSTATE 22012] (Error 8134).  The step failed.");
      String today = LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE);
      Path file = log.resolve("Ola's backup_1_" + today + ".txt");
      List<String> lines = Files.readAllLines(file);
      assertThat(lines).hasSize(4);
      assertThat(lines.get(0)).matches("Job 'Ola's backup' : Step 1, 'check' : Began Executing \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
      assertThat(lines.subList(1, 4)).containsExactly("", "Ola's backup / check / 1 [SQLSTATE 01000]",
          "Msg 8134, Sev 16, State 1, Line 1 : Divide by zero error encountered. [SQLSTATE 22012]");

      // Without flag 2 the next run overwrites the file; with it, the run is appended.
      run(s, "Ola's backup", 2);
      assertThat(Files.readAllLines(file)).hasSize(4);
      TestSessions.rows(s, "EXEC msdb.dbo.sp_update_jobstep @job_name = N'Ola''s backup', @step_id = 1, @flags = 2");
      run(s, "Ola's backup", 3);
      assertThat(Files.readAllLines(file)).hasSize(8);

      // sp_purge_jobhistory takes the job's history away and says how much.
      var purged = TestSessions.run(s, "EXEC msdb.dbo.sp_purge_jobhistory @job_name = N'Ola''s backup'");
      assertThat(purged.events.stream().filter(e -> e instanceof dev.quern.engine.CollectingSink.Message)
          .map(e -> ((dev.quern.engine.CollectingSink.Message) e).message().text())).containsExactly("6 history entries purged.");
      assertThat(TestSessions.rows(s, "SELECT COUNT(*) FROM msdb.dbo.sysjobhistory")).containsExactly("0");
    }
  }

  @Test
  void aBareTokenOrAnOutputFileThatCannotBeOpenedFailsTheStep() throws Exception {
    try (QuernEngine engine = QuernEngine.inMemory(); EngineSession s = TestSessions.open(engine)) {
      engine.server().agent().start(Duration.ofMillis(20));
      TestSessions.rows(s, "CREATE DATABASE ran; USE ran; CREATE TABLE dbo.t (n int); USE master;"
          + " EXEC msdb.dbo.sp_add_job @job_name = N'bare';"
          + " EXEC msdb.dbo.sp_add_jobstep @job_name = N'bare', @step_name = N'one', @database_name = N'ran',"
          + "   @command = N'INSERT dbo.t VALUES (1); PRINT ''$(JOBNAME)''';"
          + " EXEC msdb.dbo.sp_add_jobserver @job_name = N'bare';"
          + " EXEC msdb.dbo.sp_add_job @job_name = N'nowhere';"
          + " EXEC msdb.dbo.sp_add_jobstep @job_name = N'nowhere', @step_name = N'one', @database_name = N'ran',"
          + "   @command = N'INSERT dbo.t VALUES (2)', @output_file_name = N'no such dir/out.txt';"
          + " EXEC msdb.dbo.sp_add_jobserver @job_name = N'nowhere';");
      run(s, "bare", 1);
      run(s, "nowhere", 1);
      assertThat(stepMessages(s, "bare")).isEqualTo("Unable to start execution of step 1 (reason: The job step contains one"
          + " or more tokens. For SQL Server 2005 Service Pack 1 or later, all job steps with tokens must be updated with a"
          + " macro before the job can run.).  The step failed.");
      assertThat(stepMessages(s, "nowhere")).isEqualTo("Unable to open Step output file.  The step failed.");
      assertThat(TestSessions.rows(s, OUTCOMES.formatted("bare") + " UNION ALL " + OUTCOMES.formatted("nowhere")))
          .containsExactly("0", "0");
      // Neither command ran.
      assertThat(TestSessions.rows(s, "SELECT COUNT(*) FROM ran.dbo.t")).containsExactly("0");
    }
  }
}
