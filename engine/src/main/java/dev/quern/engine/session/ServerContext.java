package dev.quern.engine.session;

import java.util.concurrent.atomic.AtomicLong;

/** What all sessions of one engine share: the databases and the transaction-descriptor counter. */
public final class ServerContext {
  private final Databases databases;
  private final AtomicLong nextTransactionDescriptor = new AtomicLong(1);
  private final WaitStatistics waitStatistics = new WaitStatistics();
  private final PerformanceCounters performanceCounters = new PerformanceCounters();
  private final SqlTexts sqlTexts = new SqlTexts();
  private final dev.quern.engine.stats.PlanCache planCache = new dev.quern.engine.stats.PlanCache();
  private final TraceFlags traceFlags = new TraceFlags();
  private final dev.quern.engine.stats.IndexUsage indexUsage = new dev.quern.engine.stats.IndexUsage();
  private final dev.quern.engine.stats.MissingIndexes missingIndexes = new dev.quern.engine.stats.MissingIndexes();
  private final dev.quern.engine.statistics.StatisticsModifications statisticsModifications =
      new dev.quern.engine.statistics.StatisticsModifications();
  private final java.util.concurrent.ConcurrentMap<Integer, SessionState> sessions =
      new java.util.concurrent.ConcurrentHashMap<>();
  private final dev.quern.engine.applock.AppLockTable appLocks =
      new dev.quern.engine.applock.AppLockTable(this::waitingFor);

  private volatile dev.quern.engine.external.ExternalScripting external =
      dev.quern.engine.external.ExternalScripting.inMemory();

  private final dev.quern.engine.store.LazyStorage storage;

  /** The sessions' time (GETDATE, WAITFOR TIME, retention cutoffs): the system's, unless replaced. */
  private volatile java.time.Clock clock = java.time.Clock.systemDefaultZone();

  public ServerContext(Databases databases) {
    this(databases, new dev.quern.engine.store.LazyStorage(dev.quern.engine.store.Storage::temporary));
  }

  public ServerContext(Databases databases, dev.quern.engine.store.LazyStorage storage) {
    this.databases = databases;
    this.storage = storage;
  }

  /** SQL Server Agent (started by the engine over a data directory, or by a test). */
  private final dev.quern.engine.agent.SqlAgent agent = new dev.quern.engine.agent.SqlAgent(this);

  public dev.quern.engine.agent.SqlAgent agent() {
    return agent;
  }

  /** The stores (opened on first use for an in-memory engine). */
  public dev.quern.engine.store.LazyStorage storage() {
    return storage;
  }

  /** Server configuration (sp_configure) and external script runtimes. */
  public dev.quern.engine.external.ExternalScripting external() {
    return external;
  }

  /** Replaces the in-memory default (the engine opened over a data directory). */
  public void useExternalScripting(dev.quern.engine.external.ExternalScripting e) {
    this.external = e;
  }

  /** The time every session of this engine reads. */
  public java.time.Clock clock() {
    return clock;
  }

  /** Replaces the system clock (tests move time forward rather than wait for a retention). */
  public void useClock(java.time.Clock c) {
    this.clock = c;
  }

  public Databases databases() {
    return databases;
  }

  /** A fresh non-zero descriptor for a transaction, unique within this engine's life. */
  public long newTransactionDescriptor() {
    return nextTransactionDescriptor.getAndIncrement();
  }

  void register(SessionState s) {
    sessions.put(s.spid(), s);
    performanceCounters.login();
  }

  void unregister(SessionState s) {
    if (sessions.remove(s.spid(), s)) {
      performanceCounters.logout();
    }
    appLocks.releaseAll(s.spid(), false); // a session's application locks end with it
    traceFlags.sessionClosed(s.spid());
  }

  /** The application locks of every session (sp_getapplock). */
  public dev.quern.engine.applock.AppLockTable appLocks() {
    return appLocks;
  }

  /** The sessions {@code spid}'s request waits for now, for the application locks' deadlock check. */
  private int[] waitingFor(int spid) {
    SessionState s = sessions.get(spid);
    return s == null ? new int[0] : s.activity().waitingFor();
  }

  /** The open sessions, by session id (sys.dm_exec_sessions). */
  public java.util.List<SessionState> sessions() {
    return sessions.values().stream()
        .sorted(java.util.Comparator.comparingInt(SessionState::spid))
        .toList();
  }

  /** Server-wide event counts (sys.dm_os_performance_counters). */
  public PerformanceCounters performanceCounters() {
    return performanceCounters;
  }

  /** Waits finished since start (sys.dm_os_wait_stats). */
  public WaitStatistics waitStatistics() {
    return waitStatistics;
  }

  /** The SQL texts behind the sql_handles the DMVs have shown (sys.dm_exec_sql_text). */
  public SqlTexts sqlTexts() {
    return sqlTexts;
  }

  /** How queries used each index (sys.dm_db_index_usage_stats). */
  /** Row changes to statistics' leading columns since their last update (modification_counter). */
  public dev.quern.engine.statistics.StatisticsModifications statisticsModifications() {
    return statisticsModifications;
  }

  public dev.quern.engine.stats.IndexUsage indexUsage() {
    return indexUsage;
  }

  /** The indexes queries lacked since start (sys.dm_db_missing_index_*). */
  public dev.quern.engine.stats.MissingIndexes missingIndexes() {
    return missingIndexes;
  }

  /** DBCC TRACEON's flags. */
  public TraceFlags traceFlags() {
    return traceFlags;
  }

  /** The plan cache's statistics (sys.dm_exec_query_stats, dm_exec_cached_plans). */
  public dev.quern.engine.stats.PlanCache planCache() {
    return planCache;
  }

  /**
   * Cancels every running request and waits up to {@code wait} for all to end; false when some
   * are still running then.
   */
  public boolean stopRequests(java.time.Duration wait) {
    long deadline = System.nanoTime() + wait.toNanos();
    sessions.values().forEach(SessionState::cancel);
    while (sessions.values().stream().anyMatch(s -> s.activity().running())) {
      if (System.nanoTime() - deadline >= 0) {
        return false;
      }
      java.util.concurrent.locks.LockSupport.parkNanos(5_000_000);
    }
    return true;
  }

  /** Session ids below this are SQL Server's system sessions (user sessions start at 51). */
  private static final int FIRST_USER_SESSION = 51;

  /**
   * KILL: stops {@code spid}'s running request and closes its connection, which ends the session
   * and rolls its transaction back (6104 for one's own session, 6106 for none, 6107 below 51).
   */
  public void kill(long spid, SessionState by) {
    if (spid == by.spid()) {
      throw dev.quern.engine.error.SqlErrors.KILL_OWN_PROCESS.raise();
    }
    SessionState target = spid > Integer.MAX_VALUE ? null : sessions.get((int) spid);
    if (target == null) {
      if (spid >= 1 && spid < FIRST_USER_SESSION) {
        throw dev.quern.engine.error.SqlErrors.KILL_SYSTEM_PROCESS.raise();
      }
      throw dev.quern.engine.error.SqlErrors.KILL_NOT_ACTIVE.raise(spid);
    }
    target.kill();
  }

  /** The server name SERVERPROPERTY('ServerName') and @@SERVERNAME report. */
  public String serverName() {
    return "QUERN";
  }
}
