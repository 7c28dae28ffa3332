package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.bigint;
import static dev.quern.engine.sys.Columns.datetime;
import static dev.quern.engine.sys.Columns.integer;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.util.List;

/**
 * sys.dm_db_incremental_stats_properties(object_id, stats_id): the per-partition properties of an
 * incremental statistics object. Quern's statistics are never incremental (sys.stats.is_incremental
 * is 0), and for statistics that are not the function returns no rows, as SQL Server's does.
 */
final class IncrementalStatsFunction implements SystemFunction {
  private static final List<ResultColumn> COLUMNS = List.of(
      integer("object_id", false), integer("stats_id", false), integer("partition_number", false),
      datetime("last_updated", true), bigint("rows", true), bigint("rows_sampled", true), integer("steps", true),
      bigint("unfiltered_rows", true), bigint("modification_counter", true));

  @Override
  public String name() {
    return "dm_db_incremental_stats_properties";
  }

  @Override
  public List<SqlType> parameters() {
    return List.of(SqlTypes.INT, SqlTypes.INT);
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public Rows rows(SessionState session, Object[] args) {
    return Rows.of(List.of());
  }
}
