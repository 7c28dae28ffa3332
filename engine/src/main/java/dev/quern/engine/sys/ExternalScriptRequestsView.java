package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.nvarchar;

import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import dev.quern.ext.stats.RunningRequest;
import java.util.List;

/**
 * sys.dm_external_script_requests ("sys.dm_external_script_requests (Transact-SQL)"): one row per
 * external script running now, from the runtime's counters.
 */
final class ExternalScriptRequestsView implements SystemView {
  private static final List<ResultColumn> COLUMNS =
      List.of(
          new ResultColumn("external_script_request_id", SqlTypes.UNIQUEIDENTIFIER, false),
          nvarchar("language", 128, true),
          integer("degree_of_parallelism", true),
          nvarchar("external_user_name", 256, true));

  @Override
  public String name() {
    return "dm_external_script_requests";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    return session.server().external().stats().runningRequests().stream().map(ExternalScriptRequestsView::row).toList();
  }

  private static Object[] row(RunningRequest r) {
    return new Object[] {
      r.externalScriptRequestId(), r.language(), r.degreeOfParallelism(), r.externalUserName()
    };
  }
}
