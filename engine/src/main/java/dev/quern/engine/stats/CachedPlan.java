package dev.quern.engine.stats;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One cached plan: a batch, prepared statement, procedure or trigger text compiled in one
 * database (a row of sys.dm_exec_cached_plans), its statements' statistics and, for a module, its
 * calls' (dm_exec_procedure_stats, dm_exec_trigger_stats). Sessions compiling the same text share
 * it, as SQL Server's plan cache shares one plan between them.
 */
public final class CachedPlan {
  private final String text;
  private final PlanKind kind;
  private final int databaseId;
  private final int objectId;
  private final long serial;
  private final Instant cachedTime = Instant.now();
  private final AtomicLong useCounts = new AtomicLong();
  private final Timings calls = new Timings();
  private final Map<Long, StatementStats> statements = new LinkedHashMap<>();
  private volatile long lastUsedNanos = System.nanoTime();
  private volatile boolean evicted;

  CachedPlan(String text, PlanKind kind, int databaseId, int objectId, long serial) {
    this.text = text;
    this.kind = kind;
    this.databaseId = databaseId;
    this.objectId = objectId;
    this.serial = serial;
  }

  /** One more run of the plan (usecounts). */
  public void used(long nowNanos) {
    useCounts.incrementAndGet();
    lastUsedNanos = nowNanos;
  }

  /** One call of the module ended (procedure/trigger stats). */
  public void recordCall(long cpuNanos, long elapsedNanos, long endNanos) {
    synchronized (calls) {
      calls.add(cpuNanos, elapsedNanos, 0, endNanos);
    }
  }

  public ExecutionTotals callTotals() {
    synchronized (calls) {
      return calls.snapshot();
    }
  }

  /** The statement at [start, end) of the text, created at its first run. */
  StatementStats statement(int start, int end, long planHash, boolean[] created) {
    long key = (long) start << 32 | end;
    synchronized (statements) {
      StatementStats s = statements.get(key);
      if (s == null) {
        s = new StatementStats(this, start, end, QueryHash.of(text.substring(start, end)), planHash);
        statements.put(key, s);
        created[0] = true;
      }
      return s;
    }
  }

  public List<StatementStats> statements() {
    synchronized (statements) {
      return new ArrayList<>(statements.values());
    }
  }

  int statementCount() {
    synchronized (statements) {
      return statements.size();
    }
  }

  void evict() {
    evicted = true;
  }

  /** Whether the cache let go of it (DBCC FREEPROCCACHE, or room for newer plans): link again. */
  public boolean evicted() {
    return evicted;
  }

  public String text() {
    return text;
  }

  public PlanKind kind() {
    return kind;
  }

  public int databaseId() {
    return databaseId;
  }

  /** The procedure's or trigger's object id; 0 for a batch or prepared statement. */
  public int objectId() {
    return objectId;
  }

  /** Distinguishes plans of one text (different kinds or databases) in their plan_handle. */
  public long serial() {
    return serial;
  }

  public Instant cachedTime() {
    return cachedTime;
  }

  public long useCounts() {
    return useCounts.get();
  }

  long lastUsedNanos() {
    return lastUsedNanos;
  }
}
