package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.*;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.RequestActivity;
import dev.quern.engine.session.SessionOptions;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/**
 * sys.dm_exec_requests: one row per request running now, the asking one included. A request is
 * {@code running} unless it waits (a lock, WAITFOR, a client not reading its results, an
 * external script), then {@code suspended} with the wait type and how long it has waited.
 * blocking_session_id names the session holding the lock a lock wait waits for (0 otherwise, or
 * for an instant between two tries of a long wait). statement_start_offset and
 * statement_end_offset are byte offsets of the running statement's first and last character in
 * the text, as the usual SUBSTRING over sys.dm_exec_sql_text expects; 0 and -1 (the whole batch)
 * in the instant a nested batch's statement is still current after it returned. wait_resource
 * names the lock a lock wait waits for as SQL Server does ({@code KEY: 5:72057594047365120
 * (8194443284a0)}, the resource sys.dm_tran_locks shows), empty otherwise. scheduler_id and
 * task_address are the request's task in sys.dm_os_tasks. plan_handle is the cached plan of the
 * running statement (as sys.dm_exec_cached_plans shows it), NULL for a statement the plan cache
 * does not count. Quern counts no page reads or writes: reads, writes and logical_reads are NULL;
 * it grants no query memory (granted_query_memory 0) and no statement reports progress
 * (percent_complete 0, as SQL Server shows for all but backups, restores and the like).
 */
final class ExecRequestsView implements SystemView {
  private static final List<ResultColumn> COLUMNS =
      List.of(
          smallint("session_id", false),
          integer("request_id", false),
          datetime("start_time", false),
          nvarchar("status", 30, false),
          nvarchar("command", 32, false),
          varbinary("sql_handle", 64, true),
          integer("statement_start_offset", true),
          integer("statement_end_offset", true),
          varbinary("plan_handle", 64, true),
          smallint("database_id", false),
          integer("user_id", false),
          uniqueidentifier("connection_id", true),
          smallint("blocking_session_id", true),
          nvarchar("wait_type", 60, true),
          integer("wait_time", false),
          nvarchar("last_wait_type", 60, false),
          nvarchar("wait_resource", 256, false),
          integer("open_transaction_count", false),
          bigint("transaction_id", false),
          real("percent_complete", false),
          integer("cpu_time", false),
          integer("total_elapsed_time", false),
          integer("scheduler_id", true),
          varbinary("task_address", 8, true),
          bigint("reads", true),
          bigint("writes", true),
          bigint("logical_reads", true),
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
          bigint("row_count", false),
          integer("prev_error", false),
          integer("nest_level", false),
          integer("granted_query_memory", false),
          uniqueidentifier("external_script_request_id", true),
          // What monitoring procedures (sp_BlitzWho) also read: the session's CONTEXT_INFO, no
          // completion estimate, the workload group, the running statement's query_hash and
          // query_plan_hash (those sys.dm_exec_query_stats shows), and serial plans only.
          varbinary("context_info", 128, true),
          bigint("estimated_completion_time", false),
          integer("group_id", false),
          binary("query_hash", 8, true),
          binary("query_plan_hash", 8, true),
          smallint("dop", false),
          integer("parallel_worker_count", false));

  @Override
  public String name() {
    return "dm_exec_requests";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    List<Object[]> rows = new ArrayList<>();
    SessionLocks.Waits waits = new SessionLocks.Waits(session);
    for (SessionState s : session.server().sessions()) {
      RequestActivity.Snapshot r = s.activity().snapshot();
      if (r != null) {
        String waitResource = waits.of(r.waitType(), s.spid()).map(SessionLocks.Lock::waitResource)
            .or(() -> session.server().appLocks().waitingOn(s.spid())
                .map(a -> "APPLICATION: " + a.databaseId() + ":" + a.description()))
            .orElse("");
        rows.add(row(session, s, r, waitResource));
      }
    }
    return rows;
  }

  /** The statement's first character as a byte offset in the UTF-16 text; 0 when unknown. */
  private static Integer startOffset(RequestActivity.Snapshot r) {
    if (r.text() == null) {
      return null;
    }
    return r.statementSpan() == null ? 0 : 2 * r.statementSpan().start();
  }

  /** The statement's last character as a byte offset; -1 (the end of the batch) when unknown. */
  private static Integer endOffset(RequestActivity.Snapshot r) {
    if (r.text() == null) {
      return null;
    }
    return r.statementSpan() == null ? -1 : 2 * (r.statementSpan().end() - 1);
  }

  /**
   * The running batch's sql_handle; a module's carries its database and object, and hides an
   * encrypted module's text from sys.dm_exec_sql_text.
   */
  private static byte[] sqlHandle(SessionState viewer, SessionState s, RequestActivity.Snapshot r) {
    var stats = s.activity().statementStats();
    var module = stats == null ? null : PlanHandles.moduleSource(viewer, stats.plan());
    // The statement may have moved on since the snapshot: its plan must still be the snapshot's.
    if (module == null || r.text() == null || !r.text().equals(stats.plan().text())) {
      return viewer.server().sqlTexts().handle(r.text());
    }
    return viewer.server().sqlTexts().handle(r.text(), module);
  }

  /** The plan_handle of the statement {@code s} is running, or null when the plan cache does not count it. */
  private static byte[] planHandle(SessionState viewer, SessionState s) {
    var stats = s.activity().statementStats();
    return stats == null ? null : PlanHandles.planHandle(viewer, stats.plan());
  }

  /** The running statement's query_hash (or query_plan_hash); null when the plan cache does not count it. */
  private static byte[] hash(SessionState s, boolean plan) {
    var stats = s.activity().statementStats();
    return stats == null ? null : ExecQueryStatsView.bytes(plan ? stats.queryPlanHash() : stats.queryHash());
  }

  private static Object[] row(
      SessionState viewer, SessionState s, RequestActivity.Snapshot r, String waitResource) {
    SessionOptions o = s.sessionOptions();
    var connection = s.info().connection();
    return new Object[] {
      s.spid(), 0, localDatetime(r.startTime()), r.waitType() == null ? "running" : "suspended",
      r.command(), sqlHandle(viewer, s, r), startOffset(r), endOffset(r), planHandle(viewer, s),
      s.databaseId(), 1,
      connection == null ? null : connection.connectionId(), r.blockingSessionId(), r.waitType(),
      saturatedInt(r.waitMs()), r.lastWaitType() == null ? "MISCELLANEOUS" : r.lastWaitType(),
      waitResource, s.transactionCount(), s.transactions().descriptor(), 0f, saturatedInt(r.cpuMs()),
      saturatedInt(r.elapsedMs()), OsAddresses.scheduler(s.spid()), OsAddresses.task(s.spid()), null, null, null,
      o.textSize, o.language, o.dateFormat, o.dateFirst,
      o.has(SessionOptions.QUOTED_IDENTIFIER), o.has(SessionOptions.ARITHABORT),
      o.has(SessionOptions.ANSI_NULL_DFLT_ON), SessionSettings.ansiDefaults(o), o.has(SessionOptions.ANSI_WARNINGS),
      o.has(SessionOptions.ANSI_PADDING), o.has(SessionOptions.ANSI_NULLS),
      o.has(SessionOptions.CONCAT_NULL_YIELDS_NULL), o.isolationLevel, o.lockTimeout,
      o.deadlockPriority, s.rowCount(), s.lastError(), s.nestLevel(), 0, r.externalScriptRequestId(),
      s.contextInfo(), 0L, ExecSessionsView.groupId(viewer, s), hash(s, false), hash(s, true), 1, 0
    };
  }
}
