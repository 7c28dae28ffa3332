package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.bigint;
import static dev.quern.engine.sys.Columns.datetime;
import static dev.quern.engine.sys.Columns.integer;

import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.stats.MissingIndexes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * sys.dm_db_missing_index_group_stats ("sys.dm_db_missing_index_group_stats (Transact-SQL)"): per
 * group, the compiled plans that found its index (unique_compiles), the runs of them that would
 * have sought it (user_seeks, last_user_seek) and the estimates {@link MissingIndexRows} explains.
 * Every missing index Quern finds comes from a WHERE comparing its columns with values, which the
 * index would seek, so user_scans is 0; Quern's own catalog reads are not queries, so the system_*
 * columns are 0 and NULL.
 */
final class MissingIndexGroupStatsView implements SystemView {
  private static final List<ResultColumn> COLUMNS = List.of(
      integer("group_handle", false), bigint("unique_compiles", false), bigint("user_seeks", false),
      bigint("user_scans", false), datetime("last_user_seek", true), datetime("last_user_scan", true),
      new ResultColumn("avg_total_user_cost", SqlTypes.FLOAT, true), new ResultColumn("avg_user_impact", SqlTypes.FLOAT, true),
      bigint("system_seeks", false), bigint("system_scans", false), datetime("last_system_seek", true),
      datetime("last_system_scan", true), new ResultColumn("avg_total_system_cost", SqlTypes.FLOAT, true),
      new ResultColumn("avg_system_impact", SqlTypes.FLOAT, true));

  @Override
  public String name() {
    return "dm_db_missing_index_group_stats";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    List<Object[]> out = new ArrayList<>();
    for (MissingIndexes.Entry e : MissingIndexRows.live(session)) {
      double[] estimates = MissingIndexRows.estimates(session, e);
      out.add(new Object[] {
        e.groupHandle(), e.compiles(), e.seeks(), 0L,
        e.lastSeek() == 0 ? null : Columns.localDatetime(Instant.ofEpochMilli(e.lastSeek())), null,
        estimates[0], estimates[1], 0L, 0L, null, null, 0.0, 0.0
      });
    }
    return out;
  }
}
