package dev.quern.engine.agent;

import dev.quern.catalog.kv.KvTxn;
import dev.quern.catalog.meta.Catalog;
import dev.quern.engine.session.ServerContext;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SQL Server Agent inside the server: while started, a scheduler thread wakes every tick, keeps
 * each attached schedule's next run (sysjobschedules.next_run_date/time) and starts the jobs that
 * are due; sp_start_job asks it to run a job now. Each run is a {@link JobRun} on a virtual thread;
 * a job runs once at a time. Like SQL Server's agent it runs only while the server runs: next runs
 * are computed from now when it starts, so runs missed while it was down are not made up. Time is
 * the server's clock ({@link ServerContext#clock}), so tests move it instead of waiting.
 */
public final class SqlAgent implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SqlAgent.class);
  /** Step sessions take ids from the top down, far from the ones clients get from 51 up. */
  private static final int TOP_SPID = 32_767;

  private final ServerContext server;
  private final Map<UUID, RunningJob> running = new ConcurrentHashMap<>();
  /** Per attached schedule (job id + schedule id): the schedule as last seen and its next run. */
  private final Map<String, Due> due = new ConcurrentHashMap<>();
  private final BitSet spids = new BitSet();
  private volatile ScheduledExecutorService ticker;
  private volatile AlertResponder alerts;
  private volatile int sessionId;
  private volatile boolean firstTick;

  private record Due(String schedule, LocalDateTime next) {}

  public SqlAgent(ServerContext server) {
    this.server = server;
  }

  /** Starts the scheduler, ticking every {@code tick}; a second start does nothing. */
  public synchronized void start(Duration tick) {
    if (ticker != null) {
      return;
    }
    sessionId = main().agent().newSessionId();
    firstTick = true;
    due.clear();
    ScheduledExecutorService t = Executors.newSingleThreadScheduledExecutor(
        Thread.ofPlatform().daemon().name("quern-sql-agent").factory());
    t.scheduleWithFixedDelay(this::tickSafely, 0, Math.max(1, tick.toMillis()), TimeUnit.MILLISECONDS);
    alerts = new AlertResponder(this);
    ticker = t;
  }

  public boolean isStarted() {
    return ticker != null;
  }

  /** Stops the scheduler and every running job (their batches are cancelled), waiting briefly. */
  @Override
  public synchronized void close() {
    ScheduledExecutorService t = ticker;
    ticker = null;
    if (t == null) {
      return;
    }
    t.shutdownNow();
    alerts.close();
    alerts = null;
    running.values().forEach(j -> j.stop("the agent shutting down"));
    try {
      t.awaitTermination(5, TimeUnit.SECONDS);
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (!running.isEmpty() && System.nanoTime() < end) {
        Thread.sleep(10);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * sp_start_job: runs the job now from {@code startStep} (null: its start step). 22022 when the
   * agent is not running or the job already is.
   */
  public void startJob(UUID jobId, String jobName, Integer startStep, String invokedBy) {
    if (ticker == null) {
      throw AgentErrors.NOT_RUNNING_AGENT.raise();
    }
    RunningJob job = new RunningJob(jobId, invokedBy);
    RunningJob other = running.putIfAbsent(jobId, job);
    if (other != null) {
      throw AgentErrors.ALREADY_RUNNING.raise(jobName, invokedBy.replaceFirst("^User ", ""), other.invokedBy());
    }
    Thread.ofVirtual().name("quern-agent-job").start(new JobRun(this, job, startStep));
  }

  /**
   * An error was written to the log ({@code database}: where it was raised): the alerts that match
   * it fire, after the fact and on the agent's own thread. Nothing happens while the agent is
   * stopped, as SQL Server's agent reads no log then.
   */
  public void eventLogged(int number, int severity, String text, String database) {
    AlertResponder a = alerts;
    if (a != null) {
      a.logged(new AlertResponder.Event(number, severity, text, database));
    }
  }

  /** sp_stop_job: cancels the job's running step; 22022 when it is not running. */
  public void stopJob(UUID jobId, String jobName, String login) {
    if (ticker == null) {
      throw AgentErrors.NOT_RUNNING_AGENT.raise();
    }
    RunningJob job = running.get(jobId);
    if (job == null) {
      throw AgentErrors.NOT_RUNNING_JOB.raise(jobName, login);
    }
    job.stop("User " + login);
  }

  public boolean isRunning(UUID jobId) {
    return running.containsKey(jobId);
  }

  /**
   * Waits, at most {@code max}, for the job's run to end (its history and activity written):
   * what sp_delete_job needs after stopping it, or the stopped run would write them after the
   * job's deletion.
   */
  public void awaitEnd(UUID jobId, java.time.Duration max) {
    long deadline = System.nanoTime() + max.toNanos();
    while (isRunning(jobId) && System.nanoTime() < deadline) {
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  void finished(RunningJob job) {
    running.remove(job.jobId(), job);
  }

  private void tickSafely() {
    try {
      tick();
    } catch (RuntimeException e) {
      // A tick that fails (a lock held by an open transaction, say) is tried again on the next one.
      LOG.debug("SQL Server Agent tick failed", e);
    }
  }

  /** One pass of the scheduler: next runs brought up to date, due jobs started. */
  void tick() {
    LocalDateTime now = now();
    boolean boot = firstTick;
    write(s -> {
      Map<Integer, AgentRow> schedules = new java.util.HashMap<>();
      s.rows(AgentTable.SCHEDULES).forEach(r -> schedules.put(r.intValue("schedule_id"), r));
      for (AgentRow attached : s.rows(AgentTable.JOB_SCHEDULES)) {
        AgentRow schedule = schedules.get(attached.intValue("schedule_id"));
        Optional<AgentRow> job = s.job(attached.uuid("job_id"));
        if (schedule != null && job.isPresent()) {
          schedule(s, attached, schedule, job.get(), now, boot);
        }
      }
    });
    write(this::activity);
    firstTick = false;
  }

  private void schedule(AgentStore s, AgentRow attached, AgentRow schedule, AgentRow job, LocalDateTime now, boolean boot) {
    String key = attached.uuid("job_id") + "/" + attached.intValue("schedule_id");
    String signature = signature(schedule);
    Due d = due.get(key);
    boolean enabled = schedule.intValue("enabled") != 0 && job.intValue("enabled") != 0;
    if (d != null && d.schedule.equals(signature) && d.next != null && !now.isBefore(d.next) && enabled) {
      fire(s, job, schedule);
    }
    if (boot && enabled && schedule.intValue("freq_type") == ScheduleTimes.AGENT_START) {
      fire(s, job, schedule);
    }
    if (d == null || !d.schedule.equals(signature) || d.next != null && !now.isBefore(d.next)) {
      LocalDateTime next = enabled ? ScheduleTimes.next(schedule, now).orElse(null) : null;
      d = new Due(signature, next);
      due.put(key, d);
    }
    int date = d.next == null ? 0 : AgentDates.date(d.next.toLocalDate());
    int time = d.next == null ? 0 : AgentDates.time(d.next.toLocalTime());
    if (attached.intValue("next_run_date") != date || attached.intValue("next_run_time") != time) {
      s.put(attached.set("next_run_date", date).set("next_run_time", time));
    }
  }

  /**
   * Every job has a sysjobactivity row for this start of the agent, as SQL Server's agent adds
   * them when it starts, with next_scheduled_run_date the nearest next run of its schedules. A
   * running job's row belongs to its {@link JobRun} until the run ends, so it is left alone.
   */
  private void activity(AgentStore s) {
    Map<UUID, LocalDateTime> next = new java.util.HashMap<>();
    due.forEach((key, d) -> {
      if (d.next != null) {
        next.merge(UUID.fromString(key.substring(0, key.indexOf('/'))), d.next, (a, b) -> a.isBefore(b) ? a : b);
      }
    });
    for (AgentRow job : s.rows(AgentTable.JOBS)) {
      UUID id = job.uuid("job_id");
      if (running.containsKey(id)) {
        continue;
      }
      AgentRow row = s.rowsOf(AgentTable.ACTIVITY, id).stream().filter(a -> a.intValue("session_id") == sessionId)
          .findFirst().orElse(null);
      LocalDateTime at = next.get(id);
      if (row == null) {
        s.put(AgentRow.empty(AgentTable.ACTIVITY).set("session_id", sessionId).set("job_id", id)
            .set("next_scheduled_run_date", at));
      } else if (!java.util.Objects.equals(row.time("next_scheduled_run_date"), at)) {
        s.put(row.set("next_scheduled_run_date", at));
      }
    }
  }

  private void fire(AgentStore s, AgentRow job, AgentRow schedule) {
    UUID id = job.uuid("job_id");
    if (running.containsKey(id) || s.rowsOf(AgentTable.JOB_SERVERS, id).isEmpty()) {
      return; // a job still running when its schedule comes round again is not started twice
    }
    try {
      startJob(id, job.string("name"), null,
          "Schedule " + schedule.intValue("schedule_id") + " (" + schedule.string("name") + ")");
    } catch (RuntimeException e) {
      LOG.debug("Scheduled start of job {} refused", job.string("name"), e);
    }
  }

  /** What of a schedule decides its runs: a change to any of it recomputes the next run. */
  private static String signature(AgentRow s) {
    return Arrays.toString(new Object[] {s.get("enabled"), s.get("freq_type"), s.get("freq_interval"),
        s.get("freq_subday_type"), s.get("freq_subday_interval"), s.get("freq_relative_interval"),
        s.get("freq_recurrence_factor"), s.get("active_start_date"), s.get("active_end_date"),
        s.get("active_start_time"), s.get("active_end_time")});
  }

  ServerContext server() {
    return server;
  }

  /** The sysjobactivity session of this start of the agent. */
  int sessionId() {
    return sessionId;
  }

  LocalDateTime now() {
    return LocalDateTime.now(server.clock());
  }

  int newInstanceId() {
    return main().agent().newInstanceId();
  }

  synchronized int allocateSpid() {
    java.util.Set<Integer> used = new java.util.HashSet<>();
    server.sessions().forEach(x -> used.add(x.spid()));
    int offset = spids.nextClearBit(0);
    while (used.contains(TOP_SPID - offset)) {
      offset = spids.nextClearBit(offset + 1);
    }
    spids.set(offset);
    return TOP_SPID - offset;
  }

  synchronized void releaseSpid(int spid) {
    spids.clear(TOP_SPID - spid);
  }

  /** The login whose sid is {@code sid} (sa's is 0x01), as jobs record their owner. */
  String loginOf(byte[] sid) {
    if (sid == null || Arrays.equals(sid, new byte[] {1})) {
      return "sa";
    }
    Catalog main = main();
    try (KvTxn t = main.store().begin()) {
      return main.metadata(t).security().loginBySid(sid).map(dev.quern.catalog.meta.Login::name).orElse("sa");
    }
  }

  <T> T read(Function<AgentStore, T> query) {
    Catalog main = main();
    try (KvTxn t = main.store().begin()) {
      return query.apply(new AgentStore(main.agent(), t));
    }
  }

  void write(Consumer<AgentStore> change) {
    Catalog main = main();
    try (KvTxn t = main.store().begin()) {
      change.accept(new AgentStore(main.agent(), t));
      t.commit();
    }
  }

  private Catalog main() {
    return server.storage().get().main();
  }
}
