package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.nvarchar;

import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.util.List;

/**
 * sys.dm_external_script_execution_stats ("sys.dm_external_script_execution_stats
 * (Transact-SQL)"): cumulative counters per language since the server started. counter_value is
 * bigint rather than SQL Server's int so that rows and milliseconds cannot overflow.
 */
final class ExternalScriptExecutionStatsView implements SystemView {
  private static final List<ResultColumn> COLUMNS =
      List.of(
          nvarchar("language", 128, true),
          nvarchar("counter_name", 128, false),
          new ResultColumn("counter_value", SqlTypes.BIGINT, true));

  @Override
  public String name() {
    return "dm_external_script_execution_stats";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    return session.server().external().stats().executionStats().stream()
        .map(c -> new Object[] {c.language(), c.counterName(), c.counterValue()})
        .toList();
  }
}
