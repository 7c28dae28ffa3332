package dev.quern.engine.session;

import dev.quern.catalog.kv.KvLockWaits;
import dev.quern.engine.api.WaitScope;
import dev.quern.engine.plan.BatchPlan;
import dev.quern.engine.plan.StatementPlan;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * What a session's request is doing now, for sys.dm_exec_requests and dm_exec_sessions. The
 * request's own thread writes it (a field store per statement, nothing computed); other sessions
 * read a {@link Snapshot}, where names, texts and times are worked out.
 */
public final class RequestActivity {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final WaitStatistics waitStatistics;
  /** This session's waits since it logged in or its connection was last reset. */
  private final WaitStatistics sessionWaits = WaitStatistics.forSession();
  private volatile Thread thread;
  /**
   * Wall-clock times of requests are worked out from System.nanoTime against this anchor, renewed
   * when it is more than a second old: Instant.now() twice per request showed in a batched
   * insert's profile (each RPC of a batch is a request), and a second bounds any drift.
   */
  private volatile ClockAnchor anchor = ClockAnchor.now();
  /** Whether a request has started (before the first, lastRequestStart is the login time). */
  private volatile boolean started;
  private volatile long startNanos;
  private volatile long startCpuNanos;
  /**
   * Whether the running request never blocks ({@link NonBlockingRun}): it is on the CPU from begin
   * to end, so its CPU time is its elapsed time. Reading the thread's CPU clock costs a system
   * call each time, twice per request: more than such a request's engine work.
   */
  private volatile boolean onCpuThroughout;
  private final Instant loginTime = Instant.now();
  private volatile boolean ended;
  private volatile long endNanos;
  private volatile BatchPlan batch;
  /** The request's own batch, the one its client sent, that procedures and dynamic SQL nest in. */
  private volatile BatchPlan clientBatch;
  private volatile StatementPlan statement;
  /** The plan cache counters of the statement running (null when it has none): its query's identity. */
  private volatile dev.quern.engine.stats.StatementStats statementStats;
  private volatile Wait wait;
  private volatile String lastWaitType;
  private volatile UUID externalScriptRequestId;
  // The session's totals over its finished requests (sys.dm_exec_sessions); written by the one
  // thread running the session's request, read by any.
  private volatile long totalCpuNanos;
  private volatile long totalScheduledNanos;
  /**
   * Nanoseconds the session's requests spent in waits so far (outermost waits only: a wait inside
   * another is part of it). Statement worker times are measured against it (exec.WorkerTime).
   */
  private volatile long waitedNanos;
  private volatile long rowsReturned;

  /**
   * The thread CPU clock as this session's last request left it, on {@link #lastEndThread}: the
   * next request that starts there soon after (the next RPC of a batch) starts from that reading
   * instead of reading the clock again. The clock is a system call (about 0.4 µs here), and two
   * per RPC were 7–10% of a batched insert's server CPU. Only while no other session's request
   * ended on that thread since ({@link #ENDS_ON_THREAD}), so no other session's CPU is counted.
   */
  private Thread lastEndThread;

  private long lastEndCpuNanos;
  private long lastEndSerial;
  /** When the reading in {@link #startCpuNanos} was taken (System.nanoTime). */
  private long cpuReadNanos;
  /**
   * Whether the last request ended without reading the clock ({@link #end(boolean)}: another call
   * of the client's message followed at once): its CPU is counted by the next reading, which the
   * next request continues from. Only the owning thread reads and writes it.
   */
  private boolean cpuCarried;

  /** How many requests ended on the current thread: a count, so no session is kept reachable. */
  private static final ThreadLocal<long[]> ENDS_ON_THREAD = ThreadLocal.withInitial(() -> new long[1]);

  /** How soon after the last request's end a request may start from its clock reading. */
  private static final long CPU_READING_REUSE_NANOS = 1_000_000;

  RequestActivity(WaitStatistics waitStatistics) {
    this.waitStatistics = waitStatistics;
  }

  void begin(boolean neverBlocks) {
    batch = null;
    clientBatch = null;
    statement = null;
    wait = null;
    externalScriptRequestId = null;
    long now = System.nanoTime();
    renewAnchor(now);
    Thread current = Thread.currentThread();
    // Nothing else ran on this thread since this session's last request ended here.
    boolean sameThread =
        ended && current == lastEndThread && ENDS_ON_THREAD.get()[0] == lastEndSerial;
    boolean continues = !neverBlocks && sameThread && now - endNanos < CPU_READING_REUSE_NANOS;
    startNanos = now;
    started = true;
    onCpuThroughout = neverBlocks;
    long reading = -1;
    if (cpuCarried && !continues) {
      if (sameThread) {
        // The carried requests' CPU is what the clock counted since their start reading.
        reading = Math.max(0, THREADS.getCurrentThreadCpuTime());
        totalCpuNanos += Math.max(0, reading - lastEndCpuNanos);
      } else {
        // On another thread that reading means nothing: the carried requests' elapsed time (under
        // 1 ms, see end) stands in for their CPU.
        totalCpuNanos += endNanos - cpuReadNanos;
      }
    }
    cpuCarried = false;
    if (neverBlocks) {
      startCpuNanos = 0; // its CPU time is its elapsed time (end), no clock reading
    } else if (continues) {
      startCpuNanos = lastEndCpuNanos;
    } else {
      startCpuNanos = reading >= 0 ? reading : Math.max(0, THREADS.getCurrentThreadCpuTime());
      cpuReadNanos = now;
    }
    thread = current;
  }

  void end() {
    end(false);
  }

  /**
   * The request ended; {@code anotherFollows}: the client's next call of the same message runs
   * next on this thread. Then, while the reading the request started from is under
   * {@link #CPU_READING_REUSE_NANOS} old, the clock is not read: the next request continues from
   * that reading and its end counts both (a batch of 1,000 prepared inserts read the clock 1,000
   * times, ~5% of the server's CPU for the batch). A running request's cpu_time may so include
   * the calls of under a millisecond before it; the session's total is exact.
   */
  void end(boolean anotherFollows) {
    thread = null;
    long now = System.nanoTime();
    renewAnchor(now);
    endNanos = now;
    ended = true;
    totalScheduledNanos += now - startNanos;
    long[] endsHere = ENDS_ON_THREAD.get();
    if (onCpuThroughout) {
      totalCpuNanos += now - startNanos;
      // No clock reading to continue from; counting the end still keeps another session's next
      // request on this thread from continuing from a reading taken before this one ran.
      lastEndThread = null;
      endsHere[0]++;
      return;
    }
    lastEndThread = Thread.currentThread();
    lastEndSerial = ++endsHere[0];
    if (anotherFollows && now - cpuReadNanos < CPU_READING_REUSE_NANOS) {
      cpuCarried = true;
      lastEndCpuNanos = startCpuNanos;
      return;
    }
    long cpu = Math.max(0, THREADS.getCurrentThreadCpuTime());
    totalCpuNanos += Math.max(0, cpu - startCpuNanos);
    lastEndCpuNanos = cpu;
    cpuReadNanos = now;
  }

  /**
   * The thread running the session's request now (sys.dm_os_workers, sys.dm_os_threads); null
   * between requests.
   */
  public Thread thread() {
    return thread;
  }

  /** A result set of {@code n} rows went to the client. */
  public void rowsReturned(long n) {
    rowsReturned += n;
  }

  /** The session's totals over its finished requests, as sys.dm_exec_sessions shows them. */
  public SessionTotals totals() {
    return new SessionTotals(
        totalCpuNanos / 1_000_000,
        totalScheduledNanos / 1_000_000,
        Duration.between(loginTime, Instant.now()).toMillis(),
        rowsReturned);
  }

  /** sys.dm_exec_sessions' counters: cpu_time, total_scheduled_time, total_elapsed_time, row_count. */
  public record SessionTotals(long cpuMs, long scheduledMs, long elapsedMs, long rowCount) {}

  /** The batch, procedure or dynamic SQL running now (null between requests). */
  public BatchPlan batch() {
    return batch;
  }

  /** A batch, procedure or dynamic SQL starts running; returns the one it nests in. */
  public BatchPlan enterBatch(BatchPlan plan) {
    BatchPlan outer = batch;
    batch = plan;
    if (outer == null) {
      clientBatch = plan;
    }
    return outer;
  }

  /**
   * Back in {@code outer} (what {@link #enterBatch} returned); after the request's top-level
   * batch (outer null) its text stays as the session's most recent.
   */
  public void exitBatch(BatchPlan outer) {
    if (outer != null) {
      batch = outer;
    }
  }

  /** The plan cache counters of the statement about to run (null: a statement not counted). */
  public void counting(dev.quern.engine.stats.StatementStats stats) {
    statementStats = stats;
  }

  /** The plan cache counters of the statement running, or null. */
  public dev.quern.engine.stats.StatementStats statementStats() {
    return statementStats;
  }

  /** The statement about to run (its command is shown). */
  public void statement(StatementPlan s) {
    statement = s;
  }

  /** The external script this request runs, or null when it ends. */
  public void externalScript(UUID requestId) {
    externalScriptRequestId = requestId;
  }

  /** Starts a wait; waits nest (the inner one shows while it lasts). */
  public WaitScope beginWait(String type) {
    return beginWait(type, System.nanoTime(), null);
  }

  /**
   * A wait that started at {@code sinceNanos} ({@link System#nanoTime}); {@code blockers} names
   * the sessions it waits for (a lock wait), or is null.
   */
  public WaitScope beginWait(String type, long sinceNanos, KvLockWaits.Blockers blockers) {
    Wait w = new Wait(type, sinceNanos, blockers, wait);
    wait = w;
    return w;
  }

  /**
   * The sessions this session's request waits for now (in a lock wait), empty when it waits for
   * none: what the deadlock check of application locks follows. Asked from any thread.
   */
  public int[] waitingFor() {
    Wait w = wait;
    return w == null || w.blockers == null ? new int[0] : w.blockers.owners();
  }

  /** This session's finished waits by type (sys.dm_exec_session_wait_stats). */
  public WaitStatistics sessionWaits() {
    return sessionWaits;
  }

  /** Nanoseconds this session's requests have spent waiting so far (see {@link #waitedNanos}). */
  public long waitedNanos() {
    return waitedNanos;
  }

  /** Whether a request is running now. */
  public boolean running() {
    return thread != null;
  }

  /** The request running now, or null when the session is idle. */
  public Snapshot snapshot() {
    Thread t = thread;
    if (t == null) {
      return null;
    }
    long now = System.nanoTime();
    Wait w = wait;
    long cpu = onCpuThroughout ? now - startNanos : cpuNanos(t) - startCpuNanos;
    BatchPlan b = batch;
    StatementPlan s = statement;
    // Read apart from batch: a statement of another (nested) batch has no span here.
    dev.quern.engine.ast.SourceSpan span = b == null || s == null ? null : b.spans().get(s);
    return new Snapshot(
        anchor.at(startNanos),
        (now - startNanos) / 1_000_000,
        Math.max(0, cpu / 1_000_000),
        StatementCommands.of(s),
        b == null ? null : b.text(),
        span,
        w == null ? null : w.type,
        w == null ? 0 : (now - w.since) / 1_000_000,
        w == null || w.blockers == null ? 0 : firstOrZero(w.blockers.owners()),
        // While a request waits its last wait type is the current one (sysprocesses.lastwaittype:
        // "the last or current wait type").
        w == null ? lastWaitType : w.type,
        externalScriptRequestId);
  }

  /**
   * The text of the last batch the session's client sent (DBCC INPUTBUFFER,
   * dm_exec_connections.most_recent_sql_handle): while a procedure or dynamic SQL runs in it, still
   * the client's batch, not theirs.
   */
  public String lastText() {
    BatchPlan b = clientBatch;
    return b == null ? null : b.text();
  }

  /** When the session was opened. */
  public Instant loginTime() {
    return loginTime;
  }

  /** When the last request started; the login time before the first (as SQL Server shows it). */
  public Instant lastRequestStart() {
    return started ? anchor.at(startNanos) : loginTime;
  }

  /**
   * When the last request ended; the login time before the first has ended, as SQL Server shows a
   * new session (monitoring scripts match a running request to its session by comparing it with
   * the request's start).
   */
  public Instant lastRequestEnd() {
    return ended ? anchor.at(endNanos) : loginTime;
  }

  private void renewAnchor(long nowNanos) {
    if (nowNanos - anchor.nanos() > ClockAnchor.RENEW_NANOS) {
      anchor = ClockAnchor.now();
    }
  }

  /** A wall-clock instant and the System.nanoTime read with it. */
  private record ClockAnchor(Instant wall, long nanos) {
    static final long RENEW_NANOS = 1_000_000_000L;

    static ClockAnchor now() {
      return new ClockAnchor(Instant.now(), System.nanoTime());
    }

    Instant at(long nanoTime) {
      return wall.plusNanos(nanoTime - nanos);
    }
  }

  private static int firstOrZero(int[] owners) {
    return owners.length == 0 ? 0 : owners[0];
  }

  /** Thread CPU in ns; 0 where the JVM cannot measure it (virtual threads, unsupported OS). */
  private static long cpuNanos(Thread t) {
    long ns = THREADS.getThreadCpuTime(t.threadId());
    return Math.max(0, ns);
  }

  /** A request as another session sees it; times in milliseconds. */
  public record Snapshot(
      Instant startTime,
      long elapsedMs,
      long cpuMs,
      String command,
      String text,
      dev.quern.engine.ast.SourceSpan statementSpan,
      String waitType,
      long waitMs,
      int blockingSessionId,
      String lastWaitType,
      UUID externalScriptRequestId) {}

  private final class Wait implements WaitScope {
    final String type;
    final long since;
    final KvLockWaits.Blockers blockers;
    final Wait outer;
    private boolean closed;

    Wait(String type, long since, KvLockWaits.Blockers blockers, Wait outer) {
      this.type = type;
      this.since = since;
      this.blockers = blockers;
      this.outer = outer;
    }

    @Override
    public void close() {
      if (closed) {
        return;
      }
      closed = true;
      long waited = System.nanoTime() - since;
      waitStatistics.record(type, waited);
      sessionWaits.record(type, waited);
      if (outer == null) {
        waitedNanos += waited; // only the request's thread ends its waits
      }
      lastWaitType = type;
      if (wait == this) {
        wait = outer;
      }
    }
  }
}
