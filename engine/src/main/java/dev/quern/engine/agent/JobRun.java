package dev.quern.engine.agent;

import dev.quern.engine.api.SessionInfo;
import dev.quern.engine.api.SqlMessage;
import dev.quern.engine.session.Databases;
import dev.quern.engine.session.QuernSession;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One run of a job, as SQL Server Agent runs it: from the start step (or the one sp_start_job
 * named), each step's command as a T-SQL batch in a session of its own (as the job's owner, in
 * the step's database), retried retry_attempts times retry_interval minutes apart when it fails,
 * then on to the step its on_success_action or on_fail_action names (1 quit reporting success, 2
 * quit reporting failure, 3 next step, 4 step n). Every step attempt and the job's outcome (step
 * 0) are written to sysjobhistory as they end; sysjobactivity, sysjobservers and sysjobsteps'
 * last_run columns follow. A stop cancels the running batch and ends the job as canceled (3).
 * Tokens and the output file are {@link StepLaunch}'s.
 */
final class JobRun implements Runnable {
  static final int FAILED = 0;
  static final int SUCCEEDED = 1;
  static final int RETRY = 2;
  static final int CANCELED = 3;

  private final SqlAgent agent;
  private final RunningJob running;
  private final Integer startStep;

  JobRun(SqlAgent agent, RunningJob running, Integer startStep) {
    this.agent = agent;
    this.running = running;
    this.startStep = startStep;
  }

  private UUID jobId() {
    return running.jobId();
  }

  @Override
  public void run() {
    try {
      runJob();
    } finally {
      agent.finished(running);
    }
  }

  private void runJob() {
    LocalDateTime started = agent.now();
    long began = System.nanoTime();
    AgentRow job = agent.read(s -> s.job(jobId())).orElse(null);
    if (job == null) {
      return; // deleted between the request and now
    }
    Map<Integer, AgentRow> steps = agent.read(s -> s.rowsOf(AgentTable.STEPS, jobId())).stream()
        .collect(Collectors.toMap(r -> r.intValue("step_id"), r -> r, (a, b) -> a, TreeMap::new));
    String owner = agent.loginOf(job.bytes("owner_sid"));
    agent.write(s -> s.put(activity(s, started)));
    int status = SUCCEEDED;
    AgentRow last = null;
    int stepId = startStep != null ? startStep : job.intValue("start_step_id");
    while (stepId > 0) {
      AgentRow step = steps.get(stepId);
      if (step == null) {
        status = last == null ? FAILED : status;
        break;
      }
      last = step;
      int outcome = runStep(job, step, owner, started);
      if (outcome == CANCELED) {
        status = CANCELED;
        break;
      }
      boolean ok = outcome == SUCCEEDED;
      int action = step.intValue(ok ? "on_success_action" : "on_fail_action");
      status = ok ? SUCCEEDED : FAILED;
      stepId = switch (action) {
        case 1 -> { status = SUCCEEDED; yield 0; }
        case 2 -> { status = FAILED; yield 0; }
        case 3 -> steps.containsKey(stepId + 1) ? stepId + 1 : 0;
        default -> step.intValue(ok ? "on_success_step_id" : "on_fail_step_id");
      };
    }
    finish(job, started, Duration.ofNanos(System.nanoTime() - began), status, last);
  }

  /** Runs a step with its retries; returns SUCCEEDED, FAILED or CANCELED. */
  private int runStep(AgentRow job, AgentRow step, String owner, LocalDateTime jobStart) {
    int retries = step.intValue("retry_attempts");
    for (int attempt = 0; ; attempt++) {
      LocalDateTime at = agent.now();
      long began = System.nanoTime();
      agent.write(s -> s.rowsOf(AgentTable.ACTIVITY, jobId()).stream()
          .filter(a -> a.intValue("session_id") == agent.sessionId()).findFirst()
          .ifPresent(a -> s.put(a.set("last_executed_step_id", step.intValue("step_id"))
              .set("last_executed_step_date", AgentDates.seconds(at)))));
      StepOutput out = new StepOutput();
      StepLaunch launch = new StepLaunch(agent, job, step, jobStart, at);
      String refused = launch.refusal();
      String user = refused != null ? owner : launch.run(out, command -> execute(step, owner, out, command));
      if (launch.refusal() != null) {
        refused = launch.refusal();
      }
      Duration took = Duration.ofNanos(System.nanoTime() - began);
      SqlMessage error = out.lastError();
      boolean failed = refused != null || error != null;
      int outcome;
      String message;
      if (running.stoppedBy() != null) {
        outcome = CANCELED;
        message = "The step was cancelled (stopped) as the result of a stop job request.";
      } else {
        outcome = !failed ? SUCCEEDED : attempt < retries ? RETRY : FAILED;
        message = refused != null ? refused
            : out.historyMessage(user, error == null ? "The step succeeded." : "The step failed.");
      }
      int tries = attempt;
      agent.write(s -> {
        if (s.job(jobId()).isEmpty()) {
          return; // deleted while it ran (sp_delete_job stops it first)
        }
        s.put(history(step.intValue("step_id"), step.string("step_name"), error, message, outcome, at, took, tries));
        s.rowsOf(AgentTable.STEPS, jobId()).stream().filter(r -> r.intValue("step_id") == step.intValue("step_id"))
            .findFirst().ifPresent(r -> s.put(r.set("last_run_outcome", outcome)
                .set("last_run_duration", AgentDates.duration(took)).set("last_run_retries", tries)
                .set("last_run_date", AgentDates.date(at.toLocalDate()))
                .set("last_run_time", AgentDates.time(at.toLocalTime()))));
      });
      if (outcome != RETRY || !pause(step.intValue("retry_interval"))) {
        return outcome == RETRY ? CANCELED : outcome;
      }
    }
  }

  private boolean pause(int minutes) {
    try {
      return running.pause(Duration.ofMinutes(minutes).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Runs the step's command; returns the database user it ran as ("Executed as user: …"). */
  private String execute(AgentRow step, String owner, StepOutput out, String command) {
    String dbName = step.string("database_name") == null ? "master" : step.string("database_name");
    Databases.Database db = agent.server().databases().byName(dbName).orElse(null);
    if (db == null) {
      out.message(new SqlMessage(911, 1, 16, "Database '" + dbName + "' does not exist. Make sure that the name is"
          + " entered correctly.", "", 1));
      return owner;
    }
    int spid = agent.allocateSpid();
    String app = "SQLAgent - TSQL JobStep (Job 0x" + hex(jobId()) + " : Step " + step.intValue("step_id") + ")";
    SessionInfo info = new SessionInfo(spid, owner, db.name(), "", agent.server().serverName(), app, 0, 0x74000004, 4096);
    try (QuernSession s = new QuernSession(agent.server(), info, db)) {
      running.running(s);
      if (running.stoppedBy() == null) {
        s.executeBatch(command == null ? "" : command, out);
      }
      return s.state().userName();
    } catch (RuntimeException e) {
      // A batch that cannot even start (a login that cannot enter the database) fails the step.
      out.message(new SqlMessage(0, 1, 16, String.valueOf(e.getMessage()), "", 0));
      return owner;
    } finally {
      running.running(null);
      agent.releaseSpid(spid);
    }
  }

  private void finish(AgentRow job, LocalDateTime started, Duration took, int status, AgentRow last) {
    String outcome = switch (status) {
      case SUCCEEDED -> "The job succeeded.";
      case CANCELED -> "The job was stopped prior to completion by " + running.stoppedBy() + ".";
      default -> "The job failed.";
    };
    String message = outcome + "  The Job was invoked by " + running.invokedBy() + ".  The last step to run was "
        + (last == null ? "step 0 ((Unknown))." : "step " + last.intValue("step_id") + " (" + last.string("step_name") + ").");
    agent.write(s -> {
      if (s.job(jobId()).isEmpty()) {
        return;
      }
      AgentRow h = history(0, "(Job outcome)", null, message, status, started, took, 0);
      s.put(h);
      for (AgentRow server : s.rowsOf(AgentTable.JOB_SERVERS, jobId())) {
        s.put(server.set("last_run_outcome", status).set("last_outcome_message", message)
            .set("last_run_date", AgentDates.date(started.toLocalDate()))
            .set("last_run_time", AgentDates.time(started.toLocalTime())).set("last_run_duration", AgentDates.duration(took)));
      }
      for (AgentRow a : s.rowsOf(AgentTable.ACTIVITY, jobId())) {
        if (a.intValue("session_id") == agent.sessionId()) {
          s.put(a.set("stop_execution_date", AgentDates.seconds(agent.now())).set("job_history_id", h.integer("instance_id")));
        }
      }
      int level = job.intValue("delete_level");
      if (level == 3 || level == 1 && status == SUCCEEDED || level == 2 && status == FAILED) {
        JobDeletion.delete(s, jobId());
      }
    });
  }

  /** The job's activity row for this agent session, begun again (its next scheduled run kept). */
  private AgentRow activity(AgentStore s, LocalDateTime started) {
    Object next = s.rowsOf(AgentTable.ACTIVITY, jobId()).stream()
        .filter(a -> a.intValue("session_id") == agent.sessionId()).findFirst()
        .map(a -> a.get("next_scheduled_run_date")).orElse(null);
    return AgentRow.empty(AgentTable.ACTIVITY).set("session_id", agent.sessionId()).set("job_id", jobId())
        .set("next_scheduled_run_date", next)
        .set("run_requested_date", AgentDates.seconds(started))
        .set("run_requested_source", source(running.invokedBy()))
        .set("start_execution_date", AgentDates.seconds(started));
  }

  /** sysjobactivity.run_requested_source: 1 a schedule, 2 an alert, 4 a user. */
  private static String source(String invokedBy) {
    return invokedBy.startsWith("Schedule") ? "1" : invokedBy.startsWith("Alert") ? "2" : "4";
  }

  private AgentRow history(int stepId, String stepName, SqlMessage error, String message, int status,
      LocalDateTime at, Duration took, int retries) {
    return AgentRow.empty(AgentTable.HISTORY).set("instance_id", agent.newInstanceId()).set("job_id", jobId())
        .set("step_id", stepId).set("step_name", stepName).set("sql_message_id", error == null ? 0 : error.number())
        .set("sql_severity", error == null ? 0 : error.severity()).set("message", message).set("run_status", status)
        .set("run_date", AgentDates.date(at.toLocalDate())).set("run_time", AgentDates.time(at.toLocalTime()))
        .set("run_duration", AgentDates.duration(took)).set("operator_id_emailed", 0).set("operator_id_netsent", 0)
        .set("operator_id_paged", 0).set("retries_attempted", retries).set("server", agent.server().serverName());
  }

  private static String hex(UUID id) {
    return String.format("%016X%016X", id.getMostSignificantBits(), id.getLeastSignificantBits());
  }
}
