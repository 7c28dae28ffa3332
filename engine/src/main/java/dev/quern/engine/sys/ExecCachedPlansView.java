package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.*;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.stats.CachedPlan;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * sys.dm_exec_cached_plans ("sys.dm_exec_cached_plans (Transact-SQL)"): one row per cached plan.
 * usecounts counts the plan's runs; objtype is Adhoc (a batch, EXEC of a string), Prepared
 * (sp_executesql, sp_prepare/sp_execute), Proc (a procedure or function) or Trigger. refcounts is
 * 1, the cache's own reference (Quern does not count sessions holding a plan). size_in_bytes is
 * the plan's text in UTF-16 bytes, a lower bound: Quern does not measure its plan trees.
 * bucketid is the plan's place among SQL Server's 40009 SQL-plan buckets.
 */
final class ExecCachedPlansView implements SystemView {
  private static final int SQL_PLAN_BUCKETS = 40009;
  /** The default resource pool (pool_id 2), where every plan lives. */
  private static final int DEFAULT_POOL = 2;

  private static final List<ResultColumn> COLUMNS =
      List.of(
          integer("bucketid", false),
          integer("refcounts", false),
          integer("usecounts", false),
          integer("size_in_bytes", false),
          varbinary("memory_object_address", 8, false),
          nvarchar("cacheobjtype", 50, false),
          nvarchar("objtype", 20, false),
          varbinary("plan_handle", 64, false),
          integer("pool_id", false),
          varbinary("parent_plan_handle", 64, true));

  @Override
  public String name() {
    return "dm_exec_cached_plans";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    List<Object[]> rows = new ArrayList<>();
    for (CachedPlan p : session.server().planCache().plans()) {
      rows.add(new Object[] {
        (int) (p.serial() % SQL_PLAN_BUCKETS), 1, saturatedInt(p.useCounts()), saturatedInt(2L * p.text().length()),
        ByteBuffer.allocate(8).putLong(System.identityHashCode(p)).array(), "Compiled Plan", p.kind().objtype(),
        PlanHandles.planHandle(session, p), DEFAULT_POOL, null
      });
    }
    return rows;
  }
}
