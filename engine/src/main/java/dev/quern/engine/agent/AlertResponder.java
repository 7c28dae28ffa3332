package dev.quern.engine.agent;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SQL Server Agent's alerts: an error written to the log (RAISERROR … WITH LOG, or a message
 * sp_addmessage stored @with_log = 'true') is matched against msdb.dbo.sysalerts as the agent
 * matches the application log: an enabled alert on its message id, or on its severity (message id
 * 0), within its database when it names one and with its keyword in the text when it has one. Each
 * match counts an occurrence (occurrence_count, last_occurrence_date/time); unless the previous
 * response came less than delay_between_responses seconds ago it also responds
 * (last_response_date/time) by starting its job, invoked by "Alert n (name)". Operators are not
 * told: Quern sends no mail, page or net send.
 *
 * <p>Events are handled in order on a thread of their own, as the agent reads the log after the
 * fact: the session that raised the error neither waits for it nor holds it up, even when its
 * own open transaction holds a lock the agent needs.
 */
final class AlertResponder implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(AlertResponder.class);
  private static final UUID NO_JOB = new UUID(0, 0);

  private final SqlAgent agent;
  private final ExecutorService events =
      Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("quern-agent-alerts").factory());

  /** A logged error: what alerts match on. */
  record Event(int number, int severity, String text, String database) {}

  AlertResponder(SqlAgent agent) {
    this.agent = agent;
  }

  void logged(Event e) {
    try {
      events.execute(() -> respondSafely(e));
    } catch (RejectedExecutionException closed) {
      // The agent stopped meanwhile: as in SQL Server, an event while the agent is down fires nothing.
    }
  }

  private void respondSafely(Event e) {
    try {
      respond(e);
    } catch (RuntimeException ex) {
      LOG.warn("SQL Server Agent could not process the alerts for error {}", e.number(), ex);
    }
  }

  private void respond(Event e) {
    LocalDateTime now = AgentDates.seconds(agent.now());
    List<AgentRow> jobsToStart = new ArrayList<>();
    agent.write(s -> {
      for (AgentRow alert : s.rows(AgentTable.ALERTS)) {
        if (matches(alert, e)) {
          occurred(s, alert, now, jobsToStart);
        }
      }
    });
    for (AgentRow alert : jobsToStart) {
      start(alert);
    }
  }

  static boolean matches(AgentRow alert, Event e) {
    if (alert.intValue("enabled") == 0) {
      return false;
    }
    int message = alert.intValue("message_id");
    boolean condition = message != 0 ? message == e.number() : alert.intValue("severity") == e.severity();
    String db = alert.string("database_name");
    String keyword = alert.string("event_description_keyword");
    return condition && (db == null || db.equalsIgnoreCase(e.database()))
        && (keyword == null || e.text().toLowerCase(Locale.ROOT).contains(keyword.toLowerCase(Locale.ROOT)));
  }

  private void occurred(AgentStore s, AgentRow alert, LocalDateTime now, List<AgentRow> jobsToStart) {
    int date = AgentDates.date(now.toLocalDate());
    int time = AgentDates.time(now.toLocalTime());
    alert.set("occurrence_count", alert.intValue("occurrence_count") + 1).set("last_occurrence_date", date)
        .set("last_occurrence_time", time);
    if (responds(alert, now)) {
      alert.set("last_response_date", date).set("last_response_time", time);
      if (alert.uuid("job_id") != null && !NO_JOB.equals(alert.uuid("job_id"))) {
        jobsToStart.add(alert);
      }
    }
    s.put(alert);
  }

  /** Whether delay_between_responses has passed since the last response (always, for none). */
  private static boolean responds(AgentRow alert, LocalDateTime now) {
    int delay = alert.intValue("delay_between_responses");
    int lastDate = alert.intValue("last_response_date");
    if (delay <= 0 || lastDate == 0) {
      return true;
    }
    LocalDateTime last = AgentDates.toDate(lastDate).atTime(AgentDates.toTime(alert.intValue("last_response_time")));
    return !now.isBefore(last.plusSeconds(delay));
  }

  private void start(AgentRow alert) {
    UUID job = alert.uuid("job_id");
    AgentRow row = agent.read(s -> s.job(job).filter(j -> !s.rowsOf(AgentTable.JOB_SERVERS, job).isEmpty()))
        .orElse(null);
    if (row == null) {
      return; // a job without a server (or deleted) is not started, as the agent refuses it
    }
    try {
      agent.startJob(job, row.string("name"), null, "Alert " + alert.intValue("id") + " (" + alert.string("name") + ")");
    } catch (RuntimeException refused) {
      LOG.debug("Alert {} could not start job {}", alert.string("name"), row.string("name"), refused);
    }
  }

  @Override
  public void close() {
    events.shutdownNow();
  }
}
