package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.bigint;
import static dev.quern.engine.sys.Columns.binary;
import static dev.quern.engine.sys.Columns.datetime;
import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.nchar;
import static dev.quern.engine.sys.Columns.smallint;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * sys.sysprocesses ("sys.sysprocesses (Transact-SQL)"): a row per session of
 * sys.dm_exec_sessions, with what its running request (sys.dm_exec_requests) is doing. A session
 * with no request is {@code sleeping}, its cmd {@code AWAITING COMMAND} and its sql_handle zeros,
 * as SQL Server shows them; a running one is {@code runnable} (or its request's status) with the
 * request's command, blocker, wait, and statement offsets; Quern's sql_handles are 64 bytes and do
 * not fit binary(20), so a running session's is NULL. net_library is the connection's transport
 * (sys.dm_exec_connections), empty for an in-process session. Quern keeps no per-session I/O or
 * cache pages nor thread ids: physical_io and memusage are NULL, kpid 0; Windows names and the
 * adapter address are empty (SQL logins only). The nchar and binary values are padded to their
 * length, as SQL Server returns them.
 */
final class SysProcessesView implements SystemView {
  private static final List<ResultColumn> COLUMNS =
      List.of(
          smallint("spid", false), smallint("kpid", false), smallint("blocked", true), binary("waittype", 2, false),
          bigint("waittime", false), nchar("lastwaittype", 32, false), nchar("waitresource", 256, false),
          smallint("dbid", false), smallint("uid", true), integer("cpu", false), bigint("physical_io", true),
          integer("memusage", true), datetime("login_time", false), datetime("last_batch", false),
          smallint("ecid", false), smallint("open_tran", false), nchar("status", 30, false),
          binary("sid", 86, false), nchar("hostname", 128, false), nchar("program_name", 128, false),
          nchar("hostprocess", 10, false), nchar("cmd", 16, false), nchar("nt_domain", 128, false),
          nchar("nt_username", 128, false), nchar("net_address", 12, false), nchar("net_library", 12, false),
          nchar("loginame", 128, false), binary("context_info", 128, false), binary("sql_handle", 20, true),
          integer("stmt_start", false), integer("stmt_end", false), integer("request_id", false));

  @Override
  public String name() {
    return "sysprocesses";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    Map<Integer, ViewRows.Row> requests = bySession(ViewRows.of("dm_exec_requests", session));
    Map<Integer, ViewRows.Row> connections = bySession(ViewRows.of("dm_exec_connections", session));
    Map<Integer, SessionState> states = new HashMap<>();
    for (SessionState s : session.server().sessions()) {
      states.put(s.spid(), s);
    }
    List<Object[]> out = new ArrayList<>();
    for (ViewRows.Row s : ViewRows.of("dm_exec_sessions", session)) {
      int spid = s.integer("session_id");
      SessionState state = states.get(spid);
      ViewRows.Row r = requests.get(spid);
      ViewRows.Row c = connections.get(spid);
      Object pid = s.get("host_process_id");
      out.add(new Object[] {spid, 0, r == null ? 0 : r.get("blocking_session_id"), new byte[2],
        r == null ? 0L : ((Number) r.get("wait_time")).longValue(),
        pad(r == null ? "" : (String) r.get("last_wait_type"), 32),
        pad(r == null ? "" : (String) r.get("wait_resource"), 256), s.get("database_id"),
        state == null ? null : state.user(state.databaseId()).map(u -> (Object) u.id()).orElse(null),
        s.get("cpu_time"), null, null, s.get("login_time"), s.get("last_request_start_time"), 0,
        s.get("open_transaction_count"), pad(r == null ? "sleeping" : status((String) r.get("status")), 30),
        bytes(state == null ? null : state.loginSid(), 86), pad((String) s.get("host_name"), 128),
        pad((String) s.get("program_name"), 128), pad(pid == null ? "" : pid.toString(), 10),
        pad(r == null ? "AWAITING COMMAND" : (String) r.get("command"), 16), pad("", 128), pad("", 128), pad("", 12),
        pad(c == null ? "" : (String) c.get("net_transport"), 12), pad((String) s.get("login_name"), 128),
        bytes(state == null ? null : state.contextInfo(), 128), r == null ? new byte[20] : null,
        r == null ? 0 : offset(r.get("statement_start_offset")), r == null ? 0 : offset(r.get("statement_end_offset")),
        r == null ? 0 : r.get("request_id")});
    }
    return out;
  }

  /** sysprocesses says runnable where the DMVs say running. */
  private static String status(String requestStatus) {
    return "running".equals(requestStatus) ? "runnable" : requestStatus;
  }

  private static int offset(Object value) {
    return value == null ? 0 : ((Number) value).intValue();
  }

  private static Map<Integer, ViewRows.Row> bySession(List<ViewRows.Row> rows) {
    Map<Integer, ViewRows.Row> out = new HashMap<>();
    for (ViewRows.Row r : rows) {
      if (r.get("session_id") != null) {
        out.putIfAbsent(r.integer("session_id"), r);
      }
    }
    return out;
  }

  /** An nchar(n) value: cut or padded with spaces to n characters. */
  static String pad(String s, int length) {
    String v = s == null ? "" : s;
    return v.length() >= length ? v.substring(0, length) : v + " ".repeat(length - v.length());
  }

  /** A binary(n) value: cut or padded with zero bytes to n. */
  private static byte[] bytes(byte[] b, int length) {
    return b == null ? new byte[length] : Arrays.copyOf(b, length);
  }
}
