package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.*;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.stats.CachedPlan;
import dev.quern.engine.stats.ExecutionTotals;
import dev.quern.engine.stats.PlanCache;
import dev.quern.engine.stats.StatementStats;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * sys.dm_exec_query_stats ("sys.dm_exec_query_stats (Transact-SQL)"): one row per statement of a
 * cached plan that ran since the plan was cached. Worker and elapsed times are microseconds
 * measured per run (worker time from the thread's CPU clock; see {@code exec.WorkerTime}), rows
 * are the statement's row count (@@ROWCOUNT after it). Reads, writes, CLR time, memory grants,
 * threads, columnstore segments and spills are 0: Quern has no buffer pool pages, CLR, memory
 * grants or parallel plans to count, and its sorts do not spill. dop is 1 (plans are serial).
 * query_hash hashes the statement's normalised text (literals as ?), query_plan_hash a SELECT's
 * plan as EXPLAIN prints it; see {@link dev.quern.engine.stats.QueryHash}. statement_end_offset
 * is the byte offset of the statement's last character, as in dm_exec_requests.
 */
final class ExecQueryStatsView implements SystemView {
  private static final SqlType BINARY8 = SqlType.ofLength(TypeId.BINARY, 8);
  private static final List<ResultColumn> COLUMNS = declareColumns();

  private static List<ResultColumn> declareColumns() {
    List<ResultColumn> c = new ArrayList<>();
    c.add(varbinary("sql_handle", 64, false));
    c.add(integer("statement_start_offset", false));
    c.add(integer("statement_end_offset", false));
    c.add(bigint("plan_generation_num", true));
    c.add(varbinary("plan_handle", 64, false));
    c.add(datetime("creation_time", true));
    c.add(datetime("last_execution_time", true));
    c.add(bigint("execution_count", false));
    for (String m : List.of("worker_time", "physical_reads", "logical_writes", "logical_reads", "clr_time", "elapsed_time")) {
      quad(c, m);
    }
    c.add(new ResultColumn("query_hash", BINARY8, true));
    c.add(new ResultColumn("query_plan_hash", BINARY8, true));
    quad(c, "rows");
    c.add(varbinary("statement_sql_handle", 64, true));
    c.add(bigint("statement_context_id", true));
    for (String m : List.of("dop", "grant_kb", "used_grant_kb", "ideal_grant_kb", "reserved_threads", "used_threads",
        "columnstore_segment_reads", "columnstore_segment_skips", "spills")) {
      quad(c, m);
    }
    return List.copyOf(c);
  }

  /** total_, last_, min_ and max_ of one measure. */
  private static void quad(List<ResultColumn> c, String measure) {
    for (String prefix : List.of("total_", "last_", "min_", "max_")) {
      c.add(bigint(prefix + measure, false));
    }
  }

  @Override
  public String name() {
    return "dm_exec_query_stats";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    PlanCache cache = session.server().planCache();
    List<Object[]> rows = new ArrayList<>();
    for (CachedPlan p : cache.plans()) {
      byte[] sqlHandle = null;
      byte[] planHandle = null;
      for (StatementStats s : p.statements()) {
        ExecutionTotals t = s.totals();
        if (t.executionCount() == 0) {
          continue; // compiled but not yet run: SQL Server shows a statement once it ran
        }
        if (sqlHandle == null) {
          sqlHandle = PlanHandles.sqlHandle(session, p);
          planHandle = PlanHandles.planHandle(session, p);
        }
        rows.add(row(cache, s, t, sqlHandle, planHandle));
      }
    }
    return rows;
  }

  private static Object[] row(PlanCache cache, StatementStats s, ExecutionTotals t, byte[] sqlHandle, byte[] planHandle) {
    List<Object> r = new ArrayList<>(COLUMNS.size());
    r.add(sqlHandle);
    r.add(2 * s.start());
    r.add(2 * (s.end() - 1));
    r.add(1L);
    r.add(planHandle);
    r.add(localDatetime(s.creationTime()));
    r.add(localDatetime(cache.instant(t.lastStartNanos())));
    r.add(t.executionCount());
    addAll(r, t.totalWorkerTime(), t.lastWorkerTime(), t.minWorkerTime(), t.maxWorkerTime());
    zeros(r, 4 * 4); // physical reads, logical writes, logical reads, CLR time
    addAll(r, t.totalElapsedTime(), t.lastElapsedTime(), t.minElapsedTime(), t.maxElapsedTime());
    r.add(bytes(s.queryHash()));
    r.add(bytes(s.queryPlanHash()));
    addAll(r, t.totalRows(), t.lastRows(), t.minRows(), t.maxRows());
    r.add(null); // statement_sql_handle: only for Query Store parameterised queries
    r.add(0L);
    addAll(r, t.executionCount(), 1L, 1L, 1L); // dop: every plan is serial
    zeros(r, 8 * 4);
    return r.toArray();
  }

  private static void addAll(List<Object> r, long... values) {
    for (long v : values) {
      r.add(v);
    }
  }

  private static void zeros(List<Object> r, int n) {
    for (int i = 0; i < n; i++) {
      r.add(0L);
    }
  }

  static byte[] bytes(long hash) {
    return ByteBuffer.allocate(8).putLong(hash).array();
  }
}
