package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.*;

import dev.quern.catalog.meta.Statistics;
import dev.quern.catalog.meta.Table;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.statistics.TableStatistics;
import java.util.ArrayList;
import java.util.List;

/**
 * sys.stats and sys.stats_columns ("sys.stats (Transact-SQL)"): SQL Server creates a statistics
 * object for every index, named and numbered as the index (stats_id = index_id), over its key
 * columns; so does Quern's catalog show them, one per index of the current database's tables (a
 * heap has none), then those CREATE STATISTICS made (user_created 1). Quern creates no column
 * statistics of its own (auto_created 0).
 */
final class StatsView implements SystemView {
  private static final List<ResultColumn> STATS =
      List.of(
          integer("object_id", false), sysname("name", true), integer("stats_id", false),
          bit("auto_created", true), bit("user_created", true), bit("no_recompute", true),
          bit("has_filter", true), new ResultColumn("filter_definition", dev.quern.catalog.type.SqlTypes.NVARCHAR_MAX, true), bit("is_temporary", true),
          bit("is_incremental", true), bit("has_persisted_sample", true),
          integer("stats_generation_method", false), new ResultColumn("stats_generation_method_desc",
              dev.quern.catalog.type.SqlType.ofLength(dev.quern.catalog.type.TypeId.VARCHAR, 80), false));
  private static final List<ResultColumn> STATS_COLUMNS =
      List.of(integer("object_id", false), integer("stats_id", false), integer("stats_column_id", false),
          integer("column_id", false));

  private final boolean columnsView;

  private StatsView(boolean columnsView) {
    this.columnsView = columnsView;
  }

  static StatsView stats() {
    return new StatsView(false);
  }

  static StatsView statsColumns() {
    return new StatsView(true);
  }

  @Override
  public String name() {
    return columnsView ? "stats_columns" : "stats";
  }

  @Override
  public List<ResultColumn> columns() {
    return columnsView ? STATS_COLUMNS : STATS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    List<Object[]> out = new ArrayList<>();
    var md = CatalogObjects.metadata(session);
    for (CatalogObjects.Entry e : CatalogObjects.objects(session)) {
      if (e.object() instanceof Table t) {
        for (Statistics s : TableStatistics.of(md, t)) {
          add(t, s, out);
        }
      }
    }
    return out;
  }

  private void add(Table t, Statistics s, List<Object[]> out) {
    if (!columnsView) {
      out.add(new Object[] {
        t.id(), s.name(), s.statsId(), false, s.userCreated(), s.noRecompute(), s.filter() != null,
        s.filter(), false, false, false, 0, "Sort based on data"
      });
      return;
    }
    int n = 0;
    for (int columnId : s.columnIds()) {
      n++;
      out.add(new Object[] {t.id(), s.statsId(), n, columnId});
    }
  }
}
