package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.bigint;
import static dev.quern.engine.sys.Columns.binary;
import static dev.quern.engine.sys.Columns.datetime;
import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.varbinary;

import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.stats.MissingIndexes;
import dev.quern.engine.stats.StatementStats;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * sys.dm_db_missing_index_group_stats_query ("sys.dm_db_missing_index_group_stats_query
 * (Transact-SQL)"): per group, each query that needed its index: the statement's query_hash and
 * query_plan_hash and where it stands in its batch (as sys.dm_exec_query_stats shows them), its
 * seeks, and the group's estimates. A statement whose plan left the cache is forgotten; at most
 * 100 queries per group.
 */
final class MissingIndexGroupStatsQueryView implements SystemView {
  private static final List<ResultColumn> COLUMNS = List.of(
      integer("group_handle", false), binary("query_hash", 8, true), binary("query_plan_hash", 8, true),
      varbinary("last_sql_handle", 64, true), integer("last_statement_start_offset", true),
      integer("last_statement_end_offset", true), varbinary("last_statement_sql_handle", 64, true),
      bigint("user_seeks", false), bigint("user_scans", false), datetime("last_user_seek", true),
      datetime("last_user_scan", true), new ResultColumn("avg_total_user_cost", SqlTypes.FLOAT, true),
      new ResultColumn("avg_user_impact", SqlTypes.FLOAT, true), bigint("system_seeks", false),
      bigint("system_scans", false), datetime("last_system_seek", true), datetime("last_system_scan", true),
      new ResultColumn("avg_total_system_cost", SqlTypes.FLOAT, true),
      new ResultColumn("avg_system_impact", SqlTypes.FLOAT, true));

  @Override
  public String name() {
    return "dm_db_missing_index_group_stats_query";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    List<Object[]> out = new ArrayList<>();
    for (MissingIndexes.Entry e : MissingIndexRows.live(session)) {
      double[] estimates = null;
      for (Map.Entry<StatementStats, MissingIndexes.QueryUse> q : e.queries()) {
        StatementStats s = q.getKey();
        if (s.plan().evicted()) {
          continue;
        }
        estimates = estimates == null ? MissingIndexRows.estimates(session, e) : estimates;
        out.add(new Object[] {
          e.groupHandle(), ExecQueryStatsView.bytes(s.queryHash()), ExecQueryStatsView.bytes(s.queryPlanHash()),
          PlanHandles.sqlHandle(session, s.plan()), 2 * s.start(), 2 * (s.end() - 1), null,
          q.getValue().seeks(), 0L, Columns.localDatetime(Instant.ofEpochMilli(q.getValue().lastSeek())), null,
          estimates[0], estimates[1], 0L, 0L, null, null, 0.0, 0.0
        });
      }
    }
    return out;
  }
}
