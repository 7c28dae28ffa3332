package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.*;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.session.WaitStatistics;
import java.util.ArrayList;
import java.util.List;

/**
 * sys.dm_exec_session_wait_stats: each session's finished waits by wait type, since it logged in
 * or its pooled connection was last reset, only the types it has waited for (as SQL Server lists
 * them). signal_wait_time_ms is 0, as in sys.dm_os_wait_stats: Quern's requests never queue for a
 * scheduler after their wait ends.
 */
final class SessionWaitStatsView implements SystemView {
  private static final List<ResultColumn> COLUMNS =
      Columns.concat(List.of(smallint("session_id", false)), OsWaitStatsView.COLUMNS);

  @Override
  public String name() {
    return "dm_exec_session_wait_stats";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    List<Object[]> rows = new ArrayList<>();
    for (SessionState s : session.server().sessions()) {
      for (WaitStatistics.Row r : s.activity().sessionWaits().rows()) {
        rows.add(Columns.concat(new Object[] {s.spid()}, OsWaitStatsView.row(r)));
      }
    }
    return rows;
  }
}
