package dev.quern.engine.agent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.CollectingSink;
import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.EngineSession;
import dev.quern.engine.api.SqlMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SQL Server Agent running jobs in a real engine: sp_start_job runs the steps in sessions of
 * their own and returns at once, the history records each step and the outcome, on_fail_action
 * routes a failing step, a schedule fires when the (moved) clock reaches its next run, and
 * sp_stop_job cancels a running WAITFOR.
 */
class SqlAgentTest {
  private static final String OUTCOMES =
      "SELECT h.run_status FROM msdb.dbo.sysjobhistory h JOIN msdb.dbo.sysjobs j ON j.job_id = h.job_id"
      + " WHERE h.step_id = 0 AND j.name = N'%s'";

  private static void job(EngineSession s, String name, String... steps) {
    StringBuilder sql = new StringBuilder("EXEC msdb.dbo.sp_add_job @job_name = N'" + name + "';\n");
    for (String step : steps) {
      sql.append("EXEC msdb.dbo.sp_add_jobstep @job_name = N'").append(name).append("', ").append(step).append(";\n");
    }
    sql.append("EXEC msdb.dbo.sp_add_jobserver @job_name = N'").append(name).append("';");
    TestSessions.rows(s, sql.toString());
  }

  private static List<String> history(EngineSession s, String job) {
    return TestSessions.rows(s, "SELECT h.step_id, h.step_name, h.run_status, h.sql_message_id, h.message"
        + " FROM msdb.dbo.sysjobhistory h JOIN msdb.dbo.sysjobs j ON j.job_id = h.job_id WHERE j.name = N'" + job
        + "' ORDER BY h.instance_id");
  }

  private static List<String> messages(CollectingSink sink) {
    return sink.events.stream().filter(e -> e instanceof CollectingSink.Message).map(e -> ((CollectingSink.Message) e).message())
        .map(m -> m.number() + ": " + m.text()).toList();
  }

  @Test
  void startJobRunsTheStepsInTheirDatabaseAndRecordsTheHistory() throws InterruptedException {
    try (QuernEngine engine = QuernEngine.inMemory(); EngineSession s = TestSessions.open(engine)) {
      engine.server().agent().start(Duration.ofMillis(20));
      TestSessions.rows(s, "CREATE DATABASE shop; USE shop; CREATE TABLE dbo.log (n int); USE master;");
      job(s, "two steps", "@step_name = N'one', @command = N'PRINT ''hello''', @on_success_action = 3",
          "@step_name = N'two', @database_name = N'shop', @command = N'INSERT dbo.log VALUES (DB_ID())'");
      CollectingSink started = TestSessions.run(s, "EXEC msdb.dbo.sp_start_job @job_name = N'two steps'");
      assertThat(started.errors()).isEmpty();
      assertThat(messages(started)).containsExactly("14243: Job 'two steps' started successfully.");
      TestSessions.awaitRow(s, OUTCOMES.formatted("two steps"), "1");
      assertThat(history(s, "two steps")).containsExactly(
          "1,one,1,0,Executed as user: dbo. hello [SQLSTATE 01000] (Message 0).  The step succeeded.",
          "2,two,1,0,Executed as user: dbo.  The step succeeded.",
          "0,(Job outcome),1,0,The job succeeded.  The Job was invoked by User sa.  The last step to run was step 2 (two).");
      assertThat(TestSessions.rows(s, "SELECT n FROM shop.dbo.log")).containsExactly(
          TestSessions.rows(s, "SELECT DB_ID('shop')").getFirst());
      assertThat(TestSessions.rows(s, "SELECT last_run_outcome, CASE WHEN last_run_date > 0 THEN 1 END"
          + " FROM msdb.dbo.sysjobservers")).containsExactly("1,1");
      assertThat(TestSessions.rows(s, "SELECT COUNT(*) FROM msdb.dbo.sysjobactivity WHERE stop_execution_date IS NOT NULL"
          + " AND job_history_id IS NOT NULL")).containsExactly("1");
      // sp_help_jobhistory: the outcome in SUMMARY mode, every row newest first in FULL mode.
      assertThat(TestSessions.rows(s, "EXEC msdb.dbo.sp_help_jobhistory @job_name = N'two steps'"))
          .singleElement().asString().contains(",two steps,1,").endsWith(",null,null,null,0,QUERN");
      assertThat(TestSessions.rows(s, "EXEC msdb.dbo.sp_help_jobhistory @mode = 'FULL'"))
          .extracting(r -> r.split(",")[3] + "," + r.split(",")[4]).containsExactly("0,(Job outcome)", "2,two", "1,one");
      // Deleting the job takes its history with it.
      TestSessions.rows(s, "EXEC msdb.dbo.sp_delete_job @job_name = N'two steps'");
      assertThat(TestSessions.rows(s, "SELECT COUNT(*) FROM msdb.dbo.sysjobhistory")).containsExactly("0");
    }
  }

  @Test
  void aFailingStepGoesWhereOnFailActionSaysAndAFailedJobSaysSo() throws InterruptedException {
    try (QuernEngine engine = QuernEngine.inMemory(); EngineSession s = TestSessions.open(engine)) {
      engine.server().agent().start(Duration.ofMillis(20));
      job(s, "recovering", "@step_name = N'divide', @command = N'SELECT 1/0', @on_fail_action = 4, @on_fail_step_id = 3",
          "@step_name = N'skipped', @command = N'PRINT ''never'''", "@step_name = N'cleanup', @command = N'PRINT ''ok'''");
      job(s, "failing", "@step_name = N'missing', @command = N'SELECT * FROM dbo.nope', @retry_attempts = 1");
      TestSessions.rows(s, "EXEC msdb.dbo.sp_start_job @job_name = N'recovering';"
          + " EXEC msdb.dbo.sp_start_job @job_name = N'failing';");
      TestSessions.awaitRow(s, OUTCOMES.formatted("recovering"), "1");
      assertThat(history(s, "recovering")).containsExactly(
          "1,divide,0,8134,Executed as user: dbo. Divide by zero error encountered. [SQLSTATE 22012] (Error 8134)."
              + "  The step failed.",
          "3,cleanup,1,0,Executed as user: dbo. ok [SQLSTATE 01000] (Message 0).  The step succeeded.",
          "0,(Job outcome),1,0,The job succeeded.  The Job was invoked by User sa.  The last step to run was step 3"
              + " (cleanup).");
      TestSessions.awaitRow(s, OUTCOMES.formatted("failing"), "0");
      String failed = "Executed as user: dbo. Invalid object name 'dbo.nope'. [SQLSTATE 42S02] (Error 208).  The step failed.";
      // The first attempt is retried (run_status 2), the second fails the job.
      assertThat(history(s, "failing")).containsExactly("1,missing,2,208," + failed, "1,missing,0,208," + failed,
          "0,(Job outcome),0,0,The job failed.  The Job was invoked by User sa.  The last step to run was step 1 (missing).");
    }
  }

  @Test
  void aScheduleFiresWhenTheClockReachesItsNextRun() throws InterruptedException {
    try (QuernEngine engine = QuernEngine.inMemory(); EngineSession s = TestSessions.open(engine)) {
      ZoneId zone = ZoneId.systemDefault();
      LocalDateTime start = LocalDateTime.of(2026, 3, 2, 1, 0);
      engine.server().useClock(Clock.fixed(start.atZone(zone).toInstant(), zone));
      job(s, "scheduled", "@step_name = N'tick', @command = N'PRINT ''tick'''");
      TestSessions.rows(s, "EXEC msdb.dbo.sp_add_schedule @schedule_name = N'daily at 3', @freq_type = 4,"
          + " @freq_interval = 1, @freq_subday_type = 1, @active_start_date = 20260101, @active_start_time = 30000;"
          + " EXEC msdb.dbo.sp_attach_schedule @job_name = N'scheduled', @schedule_name = N'daily at 3';");
      engine.server().agent().start(Duration.ofMillis(20));
      TestSessions.awaitRow(s, "SELECT next_run_date, next_run_time FROM msdb.dbo.sysjobschedules", "20260302,30000");
      assertThat(TestSessions.rows(s, OUTCOMES.formatted("scheduled"))).isEmpty();

      engine.server().useClock(Clock.fixed(start.plusHours(2).plusSeconds(1).atZone(zone).toInstant(), zone));
      TestSessions.awaitRow(s, OUTCOMES.formatted("scheduled"), "1");
      assertThat(history(s, "scheduled").getLast()).endsWith(
          "The job succeeded.  The Job was invoked by Schedule "
              + TestSessions.rows(s, "SELECT schedule_id FROM msdb.dbo.sysschedules").getFirst()
              + " (daily at 3).  The last step to run was step 1 (tick).");
      TestSessions.awaitRow(s, "SELECT next_run_date, next_run_time FROM msdb.dbo.sysjobschedules", "20260303,30000");
    }
  }

  @Test
  void stopJobCancelsTheRunningStep() throws InterruptedException {
    try (QuernEngine engine = QuernEngine.inMemory(); EngineSession s = TestSessions.open(engine)) {
      engine.server().agent().start(Duration.ofMillis(20));
      job(s, "waiting", "@step_name = N'wait', @command = N'WAITFOR DELAY ''01:00:00'''");
      TestSessions.rows(s, "EXEC msdb.dbo.sp_start_job @job_name = N'waiting'");
      TestSessions.awaitRow(s, "SELECT COUNT(*) FROM sys.dm_exec_sessions WHERE program_name LIKE N'SQLAgent - TSQL%'", "1");
      CollectingSink again = TestSessions.run(s, "EXEC msdb.dbo.sp_start_job @job_name = N'waiting'");
      assertThat(again.errors()).extracting(SqlMessage::text).containsExactly("SQLServerAgent Error: Request to run job"
          + " waiting (from User sa) refused because the job is already running from a request by User sa.");

      CollectingSink stopped = TestSessions.run(s, "EXEC msdb.dbo.sp_stop_job @job_name = N'waiting'");
      assertThat(messages(stopped)).containsExactly("14254: Job 'waiting' stopped successfully.");
      TestSessions.awaitRow(s, OUTCOMES.formatted("waiting"), "3");
      assertThat(history(s, "waiting")).containsExactly(
          "1,wait,3,0,The step was cancelled (stopped) as the result of a stop job request.",
          "0,(Job outcome),3,0,The job was stopped prior to completion by User sa.  The Job was invoked by User sa."
              + "  The last step to run was step 1 (wait).");
      CollectingSink notRunning = TestSessions.run(s, "EXEC msdb.dbo.sp_stop_job @job_name = N'waiting'");
      assertThat(notRunning.errors()).extracting(SqlMessage::number).containsExactly(22022);
    }
  }

  @Test
  void deletingARunningJobStopsItAndLeavesNoHistory() throws InterruptedException {
    try (QuernEngine engine = QuernEngine.inMemory(); EngineSession s = TestSessions.open(engine)) {
      engine.server().agent().start(Duration.ofMillis(20));
      job(s, "doomed", "@step_name = N'wait', @command = N'WAITFOR DELAY ''01:00:00'''");
      TestSessions.rows(s, "EXEC msdb.dbo.sp_start_job @job_name = N'doomed'");
      String agentSessions = "SELECT COUNT(*) FROM sys.dm_exec_sessions WHERE program_name LIKE N'SQLAgent - TSQL%'";
      TestSessions.awaitRow(s, agentSessions, "1");
      TestSessions.rows(s, "EXEC msdb.dbo.sp_delete_job @job_name = N'doomed'");
      TestSessions.awaitRow(s, agentSessions, "0");
      assertThat(TestSessions.rows(s, "SELECT (SELECT COUNT(*) FROM msdb.dbo.sysjobs) + (SELECT COUNT(*) FROM"
          + " msdb.dbo.sysjobhistory) + (SELECT COUNT(*) FROM msdb.dbo.sysjobactivity)")).containsExactly("0");
    }
  }

  @Test
  void withoutTheAgentRunningJobsCannotStart() {
    try (QuernEngine engine = QuernEngine.inMemory(); EngineSession s = TestSessions.open(engine)) {
      job(s, "idle", "@step_name = N'x', @command = N'SELECT 1'");
      CollectingSink sink = TestSessions.run(s, "EXEC msdb.dbo.sp_start_job @job_name = N'idle'");
      assertThat(sink.errors()).extracting(SqlMessage::text)
          .containsExactly("SQLServerAgent is not currently running so it cannot be notified of this action.");
      TestSessions.rows(s, "EXEC msdb.dbo.sp_add_job @job_name = N'no server'");
      CollectingSink noServer = TestSessions.run(s, "EXEC msdb.dbo.sp_start_job @job_name = N'no server'");
      assertThat(noServer.errors()).extracting(SqlMessage::number).containsExactly(14256);
      assertThat(noServer.errors().getFirst().text()).startsWith("Cannot start the job \"no server\" (ID ")
          .endsWith(") because it does not have any job server or servers defined. Associate the job with a job server"
              + " by calling sp_add_jobserver.");
    }
  }

  @Test
  void helpJobShowsTheJobsWithTheirOutcomeAndState() {
    try (QuernEngine engine = QuernEngine.inMemory(); EngineSession s = TestSessions.open(engine)) {
      job(s, "helped", "@step_name = N'x', @command = N'SELECT 1'");
      CollectingSink sink = TestSessions.run(s, "EXEC msdb.dbo.sp_help_job");
      assertThat(sink.errors()).isEmpty();
      List<String> rows = TestSessions.rows(s, "EXEC msdb.dbo.sp_help_job @job_name = N'helped'");
      assertThat(rows).hasSize(1);
      assertThat(rows.getFirst()).contains(",QUERN,helped,1,No description available.,1,[Uncategorized (Local)],sa,2,")
          .endsWith(",2,0,0,5,0,0,0,4,0 (unknown),0,1,0,1,1");
    }
  }
}
