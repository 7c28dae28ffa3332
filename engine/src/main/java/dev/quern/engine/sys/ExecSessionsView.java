package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.*;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.RequestActivity;
import dev.quern.engine.session.SessionOptions;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/**
 * sys.dm_exec_sessions: one row per user session. SQLAlchemy reads transaction_isolation_level
 * (1–5) for its own session; SMO reads authenticating_database_id. A session is {@code running}
 * while it has a request, {@code sleeping} between requests. cpu_time, total_scheduled_time and
 * row_count (rows returned to the client) add up the session's finished requests, as SQL Server
 * updates them when a request completes; total_elapsed_time counts from the login. The SET option
 * columns are the session's options now. Quern keeps no per-session memory pages or page I/O:
 * memory_usage, reads, writes and logical_reads are NULL. group_id is the workload group the
 * resource governor's classifier placed the session in, the {@code default} group (2) until it
 * has classified it.
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
          integer("memory_usage", true),
          integer("total_elapsed_time", false),
          integer("text_size", false),
          sysname("language", true),
          nvarchar("date_format", 3, true),
          smallint("date_first", false),
          bit("quoted_identifier", false),
          bit("arithabort", false),
          bit("ansi_null_dflt_on", false),
          bit("ansi_defaults", false),
          bit("ansi_warnings", false),
          bit("ansi_padding", false),
          bit("ansi_nulls", false),
          bit("concat_null_yields_null", false),
          smallint("transaction_isolation_level", false),
          integer("lock_timeout", false),
          integer("deadlock_priority", false),
          bigint("reads", true),
          bigint("writes", true),
          bigint("logical_reads", true),
          bigint("row_count", false),
          bit("is_user_process", false),
          integer("database_id", false),
          integer("authenticating_database_id", true),
          integer("open_transaction_count", false),
          datetime("login_time", false),
          datetime("last_request_start_time", false),
          datetime("last_request_end_time", true),
          integer("group_id", false),
          // Who the client is, as monitoring procedures show it: SQL logins have no Windows domain
          // or user; client_version is the TDS major version (7), client_interface_name the
          // driver's name from LOGIN7; context_info what SET CONTEXT_INFO set (NULL until then).
          nvarchar("nt_domain", 128, true),
          nvarchar("nt_user_name", 128, true),
          integer("client_version", true),
          nvarchar("client_interface_name", 32, true),
          varbinary("context_info", 128, true),
          nvarchar("original_login_name", 128, false));

  @Override
  public String name() {
    return "dm_exec_sessions";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  /** The id of the session's workload group in effect; default (2) when unclassified or gone. */
  static int groupId(SessionState viewer, SessionState s) {
    String name = s.workloadGroup();
    if (name != null) {
      for (var g : viewer.server().external().resourceGovernor().groupsInEffect()) {
        if (g.name().equalsIgnoreCase(name)) {
          return g.id();
        }
      }
    }
    return DEFAULT_WORKLOAD_GROUP;
  }

  private static final int DEFAULT_WORKLOAD_GROUP = 2;

  /** The driver's name as LOGIN7 gave it, cut to the column's 32 characters. */
  private static String interfaceName(SessionState s) {
    String name = s.info().clientInterfaceName();
    return name == null || name.length() <= 32 ? name : name.substring(0, 32);
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
            saturatedInt(totals.scheduledMs()), null, saturatedInt(totals.elapsedMs()), o.textSize, o.language,
            o.dateFormat, o.dateFirst, o.has(SessionOptions.QUOTED_IDENTIFIER), o.has(SessionOptions.ARITHABORT),
            o.has(SessionOptions.ANSI_NULL_DFLT_ON), SessionSettings.ansiDefaults(o),
            o.has(SessionOptions.ANSI_WARNINGS), o.has(SessionOptions.ANSI_PADDING), o.has(SessionOptions.ANSI_NULLS),
            o.has(SessionOptions.CONCAT_NULL_YIELDS_NULL), o.isolationLevel, o.lockTimeout, o.deadlockPriority,
            null, null, null, totals.rowCount(), true, s.databaseId(), 1,
            s.transactionCount(), localDatetime(activity.loginTime()),
            localDatetime(activity.lastRequestStart()),
            localDatetime(activity.lastRequestEnd()), groupId(session, s),
            null, null, s.info().tdsVersion() >>> 28, interfaceName(s), s.contextInfo(), s.loginName()
          });
    }
    return rows;
  }
}
