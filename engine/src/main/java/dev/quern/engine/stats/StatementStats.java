package dev.quern.engine.stats;

import java.time.Instant;

/**
 * One statement of a cached plan and what its runs cost: a row of sys.dm_exec_query_stats.
 * {@code start} and {@code end} are the statement's character span in the plan's text (end
 * exclusive). Recording takes this object's monitor: uncontended but for sessions running the
 * same text at the same instant.
 */
public final class StatementStats {
  private final CachedPlan plan;
  private final int start;
  private final int end;
  private final long queryHash;
  private final long queryPlanHash;
  private final Instant creationTime = Instant.now();
  private final Timings timings = new Timings();

  StatementStats(CachedPlan plan, int start, int end, long queryHash, long queryPlanHash) {
    this.plan = plan;
    this.start = start;
    this.end = end;
    this.queryHash = queryHash;
    this.queryPlanHash = queryPlanHash;
  }

  /** One run ended: its CPU and elapsed nanoseconds, its rows, when it ended (System.nanoTime). */
  public synchronized void record(long cpuNanos, long elapsedNanos, long rows, long endNanos) {
    timings.add(cpuNanos, elapsedNanos, rows, endNanos);
  }

  public synchronized ExecutionTotals totals() {
    return timings.snapshot();
  }

  public CachedPlan plan() {
    return plan;
  }

  /** The statement's first character in the plan's text. */
  public int start() {
    return start;
  }

  /** Just past the statement's last character in the plan's text. */
  public int end() {
    return end;
  }

  /** query_hash: {@link QueryHash#of} the statement's text. */
  public long queryHash() {
    return queryHash;
  }

  /** query_plan_hash: {@link QueryHash#of} the plan's printed shape. */
  public long queryPlanHash() {
    return queryPlanHash;
  }

  public Instant creationTime() {
    return creationTime;
  }
}
