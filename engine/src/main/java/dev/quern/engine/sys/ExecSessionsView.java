package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.*;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.RequestActivity;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/**
 * sys.dm_exec_sessions: one row per user session. SQLAlchemy reads transaction_isolation_level
 * (1–5) for its own session; SMO reads authenticating_database_id. A session is {@code running}
 * while it has a request, {@code sleeping} between requests. cpu_time, total_scheduled_time and
 * row_count (rows returned to the client) add up the session's finished requests, as SQL Server
 * updates them when a request completes; total_elapsed_time counts from the login.
 */
final class ExecSessionsView implements SystemView {
  private static final List<ResultColumn> COLUMNS =
      List.of(
          smallint("session_id", false),
          nvarchar("host_name", 128, true),
          nvarchar("program_name", 128, true),
          integer("host_process_id", true),
          nvarchar("login_name", 128, false),
          nvarchar("status", 30, false),
          integer("cpu_time", false),
          integer("total_scheduled_time", false),
          integer("total_elapsed_time", false),
          sysname("language", true),
          nvarchar("date_format", 3, true),
          smallint("date_first", false),
          smallint("transaction_isolation_level", false),
          integer("lock_timeout", false),
          integer("deadlock_priority", false),
          bigint("row_count", false),
          bit("is_user_process", false),
          integer("database_id", false),
          integer("authenticating_database_id", true),
          integer("open_transaction_count", false),
          datetime("login_time", false),
          datetime("last_request_start_time", false),
          datetime("last_request_end_time", true));

  @Override
  public String name() {
    return "dm_exec_sessions";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    List<Object[]> rows = new ArrayList<>();
    for (SessionState s : session.server().sessions()) {
      var o = s.sessionOptions();
      RequestActivity activity = s.activity();
      RequestActivity.SessionTotals totals = activity.totals();
      rows.add(
          new Object[] {
            s.spid(), s.hostName(), s.appName(), s.info().clientPid(), s.loginName(),
            activity.running() ? "running" : "sleeping", saturatedInt(totals.cpuMs()),
            saturatedInt(totals.scheduledMs()), saturatedInt(totals.elapsedMs()), o.language,
            o.dateFormat, o.dateFirst, o.isolationLevel, o.lockTimeout, o.deadlockPriority,
            totals.rowCount(), true, s.databaseId(), 1,
            s.transactionCount(), localDatetime(activity.loginTime()),
            localDatetime(activity.lastRequestStart()),
            localDatetime(activity.lastRequestEnd())
          });
    }
    return rows;
  }
}
