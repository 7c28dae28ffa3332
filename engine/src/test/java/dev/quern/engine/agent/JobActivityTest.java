package dev.quern.engine.agent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.CollectingSink;
import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.EngineSession;
import dev.quern.engine.api.ResultColumn;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * What the agent records of runs, read the way DBA scripts read it: sysjobactivity rows for every
 * job from the agent's start (next_scheduled_run_date kept), sp_help_jobactivity after a run,
 * msdb.dbo.agent_datetime over sysjobhistory, and the help procedures' documented columns.
 */
class JobActivityTest {
  private static final ZoneId ZONE = ZoneId.systemDefault();

  private static void job(EngineSession s, String name) {
    TestSessions.rows(s, "EXEC msdb.dbo.sp_add_job @job_name = N'" + name + "';"
        + " EXEC msdb.dbo.sp_add_jobstep @job_name = N'" + name + "', @step_name = N'only', @command = N'SELECT 1';"
        + " EXEC msdb.dbo.sp_add_jobserver @job_name = N'" + name + "';");
  }

  private static String columns(EngineSession s, String sql) {
    CollectingSink sink = TestSessions.run(s, sql);
    assertThat(sink.errors()).isEmpty();
    return String.join(",", sink.lastColumns().stream().map(ResultColumn::name).toList());
  }

  @Test
  void activityHasARowPerJobWithItsNextRunAndTheOutcomeOfTheLastRun() throws InterruptedException {
    try (QuernEngine engine = QuernEngine.inMemory(); EngineSession s = TestSessions.open(engine)) {
      LocalDateTime start = LocalDateTime.of(2026, 3, 2, 1, 0);
      engine.server().useClock(Clock.fixed(start.atZone(ZONE).toInstant(), ZONE));
      job(s, "nightly");
      job(s, "adhoc");
      TestSessions.rows(s, "EXEC msdb.dbo.sp_add_jobschedule @job_name = N'nightly', @name = N'at 3', @freq_type = 4,"
          + " @freq_interval = 1, @freq_subday_type = 1, @active_start_date = 20260101, @active_start_time = 30000");
      engine.server().agent().start(Duration.ofMillis(20));
      TestSessions.awaitRow(s, "SELECT CONVERT(varchar(19), a.next_scheduled_run_date, 120) FROM msdb.dbo.sysjobactivity a"
          + " JOIN msdb.dbo.sysjobs j ON j.job_id = a.job_id WHERE j.name = N'nightly'", "2026-03-02 03:00:00");
      assertThat(TestSessions.rows(s, "SELECT j.name, a.start_execution_date, a.next_scheduled_run_date"
          + " FROM msdb.dbo.sysjobactivity a JOIN msdb.dbo.sysjobs j ON j.job_id = a.job_id WHERE j.name = N'adhoc'"))
          .containsExactly("adhoc,null,null");

      TestSessions.rows(s, "EXEC msdb.dbo.sp_start_job @job_name = N'nightly'");
      TestSessions.awaitRow(s, "SELECT run_status FROM msdb.dbo.sysjobhistory WHERE step_id = 0", "1");
      // The run's row is the job's row of this session, its next scheduled run kept.
      TestSessions.awaitRow(s, "SELECT COUNT(*) FROM msdb.dbo.sysjobactivity WHERE job_history_id IS NOT NULL", "1");
      assertThat(TestSessions.rows(s, "SELECT COUNT(*) FROM msdb.dbo.sysjobactivity")).containsExactly("2");
      String row = TestSessions.rows(s, "EXEC msdb.dbo.sp_help_jobactivity @job_name = N'nightly'").getFirst();
      assertThat(row).contains(",nightly,2026-03-02T01:00,4,null,2026-03-02T01:00,1,2026-03-02T01:00,2026-03-02T01:00,"
          + "2026-03-02T03:00,").contains(",The job succeeded.  The Job was invoked by User sa.").endsWith(",1,0,0,0");
      assertThat(TestSessions.rows(s, "EXEC msdb.dbo.sp_help_jobactivity")).hasSize(2);
      // The history's int dates, read as datetimes.
      assertThat(TestSessions.rows(s, "SELECT CONVERT(varchar(19), msdb.dbo.agent_datetime(h.run_date, h.run_time), 120)"
          + " FROM msdb.dbo.sysjobhistory h WHERE h.step_id = 0")).containsExactly("2026-03-02 01:00:00");
    }
  }

  @Test
  void helpProceduresReturnTheDocumentedColumns() {
    try (QuernEngine engine = QuernEngine.inMemory(); EngineSession s = TestSessions.open(engine)) {
      job(s, "described");
      TestSessions.rows(s, "EXEC msdb.dbo.sp_add_jobschedule @job_name = N'described', @name = N'once', @freq_type = 64");
      assertThat(columns(s, "EXEC msdb.dbo.sp_help_jobstep @job_name = N'described'")).isEqualTo("step_id,step_name,"
          + "subsystem,command,flags,cmdexec_success_code,on_success_action,on_success_step_id,on_fail_action,"
          + "on_fail_step_id,server,database_name,database_user_name,retry_attempts,retry_interval,os_run_priority,"
          + "output_file_name,last_run_outcome,last_run_duration,last_run_retries,last_run_date,last_run_time,proxy_id");
      String frequency = "enabled,freq_type,freq_interval,freq_subday_type,freq_subday_interval,freq_relative_interval,"
          + "freq_recurrence_factor,active_start_date,active_end_date,active_start_time,active_end_time,date_created,"
          + "schedule_description";
      assertThat(columns(s, "EXEC msdb.dbo.sp_help_schedule"))
          .isEqualTo("schedule_id,schedule_uid,schedule_name," + frequency + ",job_count");
      assertThat(columns(s, "EXEC msdb.dbo.sp_help_jobschedule @job_name = N'described'"))
          .isEqualTo("schedule_id,schedule_name," + frequency + ",next_run_date,next_run_time,schedule_uid,job_count");
      assertThat(columns(s, "EXEC msdb.dbo.sp_help_jobactivity")).isEqualTo("session_id,job_id,job_name,"
          + "run_requested_date,run_requested_source,queued_date,start_execution_date,last_executed_step_id,"
          + "last_exectued_step_date,stop_execution_date,next_scheduled_run_date,job_history_id,message,run_status,"
          + "operator_id_emailed,operator_id_netsent,operator_id_paged");
    }
  }
}
