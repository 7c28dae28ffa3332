package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.*;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.stats.CachedPlan;
import dev.quern.engine.stats.ExecutionTotals;
import dev.quern.engine.stats.PlanCache;
import dev.quern.engine.stats.PlanKind;
import java.util.ArrayList;
import java.util.List;

/**
 * sys.dm_exec_procedure_stats, sys.dm_exec_trigger_stats and sys.dm_exec_function_stats ("…
 * (Transact-SQL)"): one row per cached procedure, trigger or scalar function plan that ran, with
 * its calls' counts and times (microseconds; a call's worker time is its elapsed time less the
 * session's waits meanwhile, see exec.WorkerTime). Reads, writes and spills are 0 as in
 * dm_exec_query_stats; the function view has no spill columns, as SQL Server's, and counts only
 * scalar functions, as SQL Server's does (proc.FunctionCallStats). The sql_handle's text is the module's compiled body (its parameter list
 * in parentheses, then the body), not its CREATE statement.
 */
final class ExecModuleStatsView implements SystemView {
  private static final List<ResultColumn> MODULE_COLUMNS = declareColumns(true);
  private static final List<ResultColumn> FUNCTION_COLUMNS = declareColumns(false);

  private final String name;
  private final PlanKind kind;
  private final String type;
  private final String typeDesc;

  private ExecModuleStatsView(String name, PlanKind kind, String type, String typeDesc) {
    this.name = name;
    this.kind = kind;
    this.type = type;
    this.typeDesc = typeDesc;
  }

  static ExecModuleStatsView procedures() {
    return new ExecModuleStatsView("dm_exec_procedure_stats", PlanKind.PROC, "P ", "SQL_STORED_PROCEDURE");
  }

  static ExecModuleStatsView triggers() {
    return new ExecModuleStatsView("dm_exec_trigger_stats", PlanKind.TRIGGER, "TR", "SQL_TRIGGER");
  }

  static ExecModuleStatsView functions() {
    return new ExecModuleStatsView("dm_exec_function_stats", PlanKind.FUNCTION, "FN", "SQL_SCALAR_FUNCTION");
  }

  private static List<ResultColumn> declareColumns(boolean spills) {
    List<ResultColumn> c = new ArrayList<>();
    c.add(integer("database_id", false));
    c.add(integer("object_id", false));
    c.add(new ResultColumn("type", SqlType.ofLength(TypeId.CHAR, 2), true));
    c.add(nvarchar("type_desc", 60, true));
    c.add(varbinary("sql_handle", 64, false));
    c.add(varbinary("plan_handle", 64, false));
    c.add(datetime("cached_time", true));
    c.add(datetime("last_execution_time", true));
    c.add(bigint("execution_count", false));
    List<String> measures = new ArrayList<>(
        List.of("worker_time", "physical_reads", "logical_writes", "logical_reads", "elapsed_time"));
    if (spills) {
      measures.add("spills");
    }
    for (String m : measures) {
      for (String prefix : List.of("total_", "last_", "min_", "max_")) {
        c.add(bigint(prefix + m, false));
      }
    }
    return List.copyOf(c);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<ResultColumn> columns() {
    return kind == PlanKind.FUNCTION ? FUNCTION_COLUMNS : MODULE_COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    PlanCache cache = session.server().planCache();
    List<Object[]> rows = new ArrayList<>();
    for (CachedPlan p : cache.plans()) {
      ExecutionTotals t = p.kind() == kind ? p.callTotals() : null;
      if (t != null && t.executionCount() > 0) {
        rows.add(row(session, cache, p, t));
      }
    }
    return rows;
  }

  private Object[] row(SessionState session, PlanCache cache, CachedPlan p, ExecutionTotals t) {
    List<Object> r = new ArrayList<>(columns().size());
    r.add(p.databaseId());
    r.add(p.objectId());
    r.add(type);
    r.add(typeDesc);
    r.add(PlanHandles.sqlHandle(session, p));
    r.add(PlanHandles.planHandle(session, p));
    r.add(localDatetime(p.cachedTime()));
    r.add(localDatetime(cache.instant(t.lastStartNanos())));
    r.add(t.executionCount());
    for (long v : new long[] {t.totalWorkerTime(), t.lastWorkerTime(), t.minWorkerTime(), t.maxWorkerTime()}) {
      r.add(v);
    }
    for (int i = 0; i < 12; i++) {
      r.add(0L); // physical reads, logical writes, logical reads
    }
    for (long v : new long[] {t.totalElapsedTime(), t.lastElapsedTime(), t.minElapsedTime(), t.maxElapsedTime()}) {
      r.add(v);
    }
    while (r.size() < columns().size()) {
      r.add(0L); // spills
    }
    return r.toArray();
  }
}
