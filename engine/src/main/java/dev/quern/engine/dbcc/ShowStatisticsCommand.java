package dev.quern.engine.dbcc;

import dev.quern.catalog.meta.Statistics;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.error.StatisticsErrors;
import dev.quern.engine.statistics.StatisticsRows;
import dev.quern.engine.statistics.TableStatistics;
import dev.quern.engine.store.ObjectNames;
import dev.quern.engine.store.ResolvedTable;
import java.util.ArrayList;
import java.util.List;

/**
 * DBCC SHOW_STATISTICS ('table', 'statistics_or_index') [WITH STAT_HEADER | DENSITY_VECTOR |
 * HISTOGRAM [, …] | NO_INFOMSGS] ("DBCC SHOW_STATISTICS (Transact-SQL)"): the header, density
 * vector and histogram result sets with SQL Server's column names and types, those asked for or
 * all three; 2583 unless given a table and a target, 2501 for a missing table, 2767 for a missing
 * statistics object.
 */
final class ShowStatisticsCommand implements DbccCommand {
  private static final List<ResultColumn> HEADER = List.of(
      new ResultColumn("Name", SqlTypes.SYSNAME, true),
      new ResultColumn("Updated", SqlTypes.DATETIME, true),
      new ResultColumn("Rows", SqlTypes.BIGINT, true),
      new ResultColumn("Rows Sampled", SqlTypes.BIGINT, true),
      new ResultColumn("Steps", SqlTypes.SMALLINT, true),
      new ResultColumn("Density", SqlTypes.REAL, true),
      new ResultColumn("Average key length", SqlTypes.REAL, true),
      new ResultColumn("String Index", SqlType.ofLength(TypeId.VARCHAR, 3), true),
      new ResultColumn("Filter Expression", SqlTypes.NVARCHAR_MAX, true),
      new ResultColumn("Unfiltered Rows", SqlTypes.BIGINT, true),
      new ResultColumn("Persisted Sample Percent", SqlTypes.FLOAT, true));
  private static final List<ResultColumn> DENSITY = List.of(
      new ResultColumn("All density", SqlTypes.REAL, true),
      new ResultColumn("Average Length", SqlTypes.REAL, true),
      new ResultColumn("Columns", SqlType.ofLength(TypeId.NVARCHAR, 4000), true));

  @Override
  public String name() {
    return "SHOW_STATISTICS";
  }

  @Override
  public void run(DbccCall call) {
    if (call.arguments().size() != 2) {
      throw DbccErrors.PARAMETER_COUNT.raise();
    }
    Object tableArg = call.argument(0);
    Object target = call.argument(1);
    if (tableArg == null || target == null) {
      throw DbccErrors.PARAMETER_COUNT.raise();
    }
    var state = call.state();
    ResolvedTable t = ObjectNames.table(state.store(), state.databaseName(), parts(tableArg.toString()))
        .orElseThrow(() -> DbccErrors.NO_SUCH_TABLE.raise(tableArg));
    Table table = t.table();
    // SELECT on the table, as SQL Server asks since 2012 SP1 (owners, db_owner and sysadmin have it).
    dev.quern.engine.session.PermissionGate.object(state, t.database(), t.schema(), table, "SELECT");
    Statistics s = TableStatistics.named(state.store().metadata(t.catalog()), table, parts(target.toString()).getLast())
        .orElseThrow(() -> StatisticsErrors.NOT_LOCATED.raise(target));
    boolean header = call.option("STAT_HEADER");
    boolean density = call.option("DENSITY_VECTOR");
    boolean histogram = call.option("HISTOGRAM");
    boolean all = !header && !density && !histogram;
    if (all || header) {
      call.rows(HEADER, List.<Object[]>of(StatisticsRows.header(table, s)));
    }
    if (all || density) {
      call.rows(DENSITY, StatisticsRows.densityVector(table, s));
    }
    if (all || histogram) {
      List<ResultColumn> columns = List.of(
          new ResultColumn("RANGE_HI_KEY", StatisticsRows.keyType(table, s), true),
          new ResultColumn("RANGE_ROWS", SqlTypes.REAL, true),
          new ResultColumn("EQ_ROWS", SqlTypes.REAL, true),
          new ResultColumn("DISTINCT_RANGE_ROWS", SqlTypes.BIGINT, true),
          new ResultColumn("AVG_RANGE_ROWS", SqlTypes.REAL, true));
      call.rows(columns, StatisticsRows.histogram(s));
    }
  }

  /** {@code [schema.]table}, brackets allowed around each part. */
  private static List<String> parts(String name) {
    List<String> out = new ArrayList<>();
    for (String p : name.split("\\.", -1)) {
      String t = p.trim();
      if (t.length() >= 2 && t.startsWith("[") && t.endsWith("]")) {
        t = t.substring(1, t.length() - 1);
      }
      out.add(t);
    }
    return out;
  }
}
