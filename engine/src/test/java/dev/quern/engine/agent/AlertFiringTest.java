package dev.quern.engine.agent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quern.engine.CollectingSink;
import dev.quern.engine.QuernEngine;
import dev.quern.engine.TestSessions;
import dev.quern.engine.api.EngineSession;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Alerts firing in a running engine: an error written to the log (RAISERROR … WITH LOG, a message
 * added @with_log = 'true') that matches an alert counts an occurrence and starts the alert's job,
 * whose run the history records as invoked by the alert; errors that are not logged, other
 * databases and other severities do not fire it; delay_between_responses holds back a second
 * response but still counts the occurrence.
 */
class AlertFiringTest {
  private static final String OUTCOMES = "SELECT COUNT(*) FROM msdb.dbo.sysjobhistory h JOIN msdb.dbo.sysjobs j"
      + " ON j.job_id = h.job_id WHERE h.step_id = 0 AND j.name = N'%s'";

  private static void responder(EngineSession s, String job) {
    TestSessions.rows(s, "EXEC msdb.dbo.sp_add_job @job_name = N'" + job + "';"
        + " EXEC msdb.dbo.sp_add_jobstep @job_name = N'" + job + "', @step_name = N'note',"
        + " @command = N'INSERT dbo.responses VALUES (N''" + job + "'')', @database_name = N'ops';"
        + " EXEC msdb.dbo.sp_add_jobserver @job_name = N'" + job + "';");
  }

  private static String alert(EngineSession s, String name) {
    return TestSessions.rows(s, "SELECT CONCAT(occurrence_count, ',', CASE WHEN last_occurrence_date > 0 THEN 1 ELSE 0 END,"
        + " ',', CASE WHEN last_response_date > 0 THEN 1 ELSE 0 END) FROM msdb.dbo.sysalerts WHERE name = N'" + name + "'")
        .getFirst();
  }

  @Test
  void aLoggedErrorFiresTheAlertAndItsJobRuns() throws InterruptedException {
    try (QuernEngine engine = QuernEngine.inMemory(); EngineSession s = TestSessions.open(engine)) {
      engine.server().agent().start(Duration.ofMillis(20));
      TestSessions.rows(s, "CREATE DATABASE ops; USE ops; CREATE TABLE dbo.responses (job sysname); USE master;");
      responder(s, "respond");
      TestSessions.rows(s, "EXEC msdb.dbo.sp_add_alert @name = N'errors 16', @severity = 16, @job_name = N'respond'");

      // Not logged, or logged at another severity: nothing.
      TestSessions.run(s, "RAISERROR('quiet', 16, 1); RAISERROR('other', 15, 1) WITH LOG;");
      // Logged at severity 16, even caught by TRY…CATCH: the alert fires and starts the job.
      CollectingSink raised = TestSessions.run(s, "BEGIN TRY RAISERROR('disk almost full', 16, 1) WITH LOG; END TRY"
          + " BEGIN CATCH PRINT ERROR_MESSAGE(); END CATCH");
      assertThat(raised.errors()).isEmpty();
      TestSessions.awaitRow(s, OUTCOMES.formatted("respond"), "1");
      assertThat(TestSessions.rows(s, "SELECT job FROM ops.dbo.responses")).containsExactly("respond");
      assertThat(alert(s, "errors 16")).isEqualTo("1,1,1");
      String alertId = TestSessions.rows(s, "SELECT id FROM msdb.dbo.sysalerts").getFirst();
      assertThat(TestSessions.rows(s, "SELECT h.message FROM msdb.dbo.sysjobhistory h WHERE h.step_id = 0"))
          .singleElement().asString()
          .contains("The Job was invoked by Alert " + alertId + " (errors 16).");
      assertThat(TestSessions.rows(s, "SELECT run_requested_source FROM msdb.dbo.sysjobactivity WHERE job_history_id IS NOT NULL"))
          .containsExactly("2");
    }
  }

  @Test
  void messageAlertsMatchTheirDatabaseAndKeywordAndWaitTheirDelay() throws InterruptedException {
    try (QuernEngine engine = QuernEngine.inMemory(); EngineSession s = TestSessions.open(engine)) {
      engine.server().agent().start(Duration.ofMillis(20));
      TestSessions.rows(s, "CREATE DATABASE ops; USE ops; CREATE TABLE dbo.responses (job sysname); USE master;");
      responder(s, "page");
      TestSessions.rows(s, "EXEC sp_addmessage 50001, 16, N'Load of %s failed.', @with_log = 'true';"
          + " EXEC msdb.dbo.sp_add_alert @name = N'load failed', @message_id = 50001, @database_name = N'ops',"
          + " @event_description_keyword = N'ORDERS', @delay_between_responses = 3600, @job_name = N'page';"
          + " EXEC msdb.dbo.sp_add_alert @name = N'any load', @message_id = 50001;");

      TestSessions.run(s, "RAISERROR(50001, -1, 1, 'orders')"); // in master: only 'any load'
      TestSessions.run(s, "USE ops; RAISERROR(50001, -1, 1, 'customers'); USE master;"); // no keyword
      TestSessions.run(s, "USE ops; RAISERROR(50001, -1, 1, 'orders'); USE master;"); // fires and responds
      TestSessions.awaitRow(s, OUTCOMES.formatted("page"), "1");
      TestSessions.run(s, "USE ops; RAISERROR(50001, -1, 1, 'orders'); USE master;"); // counted, within the delay
      TestSessions.awaitRow(s, "SELECT occurrence_count FROM msdb.dbo.sysalerts WHERE name = N'load failed'", "2");
      TestSessions.awaitRow(s, "SELECT occurrence_count FROM msdb.dbo.sysalerts WHERE name = N'any load'", "4");
      assertThat(TestSessions.rows(s, OUTCOMES.formatted("page"))).containsExactly("1");
      assertThat(TestSessions.rows(s, "SELECT job FROM ops.dbo.responses")).containsExactly("page");
      // A disabled alert does not count.
      TestSessions.rows(s, "EXEC msdb.dbo.sp_update_alert @name = N'any load', @enabled = 0");
      TestSessions.run(s, "USE ops; RAISERROR(50001, -1, 1, 'orders'); USE master;");
      TestSessions.awaitRow(s, "SELECT occurrence_count FROM msdb.dbo.sysalerts WHERE name = N'load failed'", "3");
      assertThat(alert(s, "any load")).startsWith("4,");
    }
  }
}
