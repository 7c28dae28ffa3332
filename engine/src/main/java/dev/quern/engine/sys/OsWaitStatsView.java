package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.*;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.session.WaitStatistics;
import java.util.List;

/**
 * sys.dm_os_wait_stats: finished waits since the server started, per wait type. Only the wait
 * types Quern reports are listed; Quern's requests have no runnable-queue delay, so
 * signal_wait_time_ms is 0.
 */
final class OsWaitStatsView implements SystemView {
  /** Also sys.dm_exec_session_wait_stats' columns after its session_id. */
  static final List<ResultColumn> COLUMNS =
      List.of(
          nvarchar("wait_type", 60, false),
          bigint("waiting_tasks_count", false),
          bigint("wait_time_ms", false),
          bigint("max_wait_time_ms", false),
          bigint("signal_wait_time_ms", false));

  @Override
  public String name() {
    return "dm_os_wait_stats";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    return session.server().waitStatistics().rows().stream().map(OsWaitStatsView::row).toList();
  }

  /** A wait type's counters as this view's row (signal waits 0). */
  static Object[] row(WaitStatistics.Row r) {
    return new Object[] {r.waitType(), r.waitingTasks(), r.waitTimeMs(), r.maxWaitTimeMs(), 0L};
  }
}
