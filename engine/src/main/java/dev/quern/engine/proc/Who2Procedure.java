package dev.quern.engine.proc;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.api.ResultSink;
import dev.quern.engine.session.RequestActivity;
import dev.quern.engine.session.SessionState;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code sp_who2 [session_id | 'ACTIVE']}: the undocumented but ubiquitous sp_who with CPU time
 * (the session's, in ms), disk I/O (0: Quern counts no page reads), the last batch's start
 * ({@code MM/dd HH:mm:ss}) and the program name; BlkBy is {@code "  .  "} when nothing blocks.
 */
public final class Who2Procedure implements SystemProcedure {
  private static final SqlType CHAR5 = SqlType.ofLength(TypeId.CHAR, 5);
  private static final SqlType NAME = SqlType.ofLength(TypeId.NVARCHAR, 128);
  private static final List<ResultColumn> COLUMNS =
      List.of(
          new ResultColumn("SPID", CHAR5, false),
          new ResultColumn("Status", SqlType.ofLength(TypeId.NVARCHAR, 30), false),
          new ResultColumn("Login", NAME, true),
          new ResultColumn("HostName", NAME, true),
          new ResultColumn("BlkBy", CHAR5, true),
          new ResultColumn("DBName", NAME, true),
          new ResultColumn("Command", SqlType.ofLength(TypeId.NVARCHAR, 16), false),
          new ResultColumn("CPUTime", SqlTypes.INT, false),
          new ResultColumn("DiskIO", SqlTypes.INT, false),
          new ResultColumn("LastBatch", SqlType.ofLength(TypeId.VARCHAR, 14), true),
          new ResultColumn("ProgramName", NAME, true),
          new ResultColumn("SPID", CHAR5, false),
          new ResultColumn("REQUESTID", SqlTypes.INT, false));
  private static final DateTimeFormatter LAST_BATCH = DateTimeFormatter.ofPattern("MM/dd HH:mm:ss");

  @Override
  public String name() {
    return "sp_who2";
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    if (args.size() > 1) {
      throw dev.quern.engine.error.SqlErrors.TOO_MANY_ARGUMENTS.raise(name());
    }
    Object filter = args.isEmpty() || args.getFirst().isDefault() ? null : args.getFirst().value();
    boolean activeOnly = filter != null && filter.toString().strip().equalsIgnoreCase("ACTIVE");
    Integer spid = filter != null && !activeOnly ? Integer.valueOf(filter.toString().strip()) : null;
    List<Object[]> rows = new ArrayList<>();
    for (SessionState s : host.state().server().sessions()) {
      RequestActivity.Snapshot r = s.activity().snapshot();
      if ((spid == null || s.spid() == spid) && (!activeOnly || r != null)) {
        rows.add(row(s, r));
      }
    }
    ResultSink sink = host.sink();
    sink.columns(COLUMNS);
    rows.forEach(sink::row);
    sink.done(rows.size(), true);
    return 0;
  }

  private static Object[] row(SessionState s, RequestActivity.Snapshot r) {
    String status = r == null ? "sleeping" : r.waitType() != null ? "SUSPENDED" : "RUNNABLE";
    String blk = r == null || r.blockingSessionId() == 0 ? "  .  " : pad(Integer.toString(r.blockingSessionId()));
    String spid = pad(Integer.toString(s.spid()));
    String last = LocalDateTime.ofInstant(s.activity().lastRequestStart(), ZoneId.systemDefault()).format(LAST_BATCH);
    return new Object[] {
      spid, status, s.loginName(), s.hostName() == null ? "  .  " : s.hostName(), blk, s.databaseName(),
      r == null ? "AWAITING COMMAND" : r.command(), (int) Math.min(Integer.MAX_VALUE, s.activity().totals().cpuMs()), 0,
      last, s.info().appName(), spid, 0
    };
  }

  /** char(5): left-aligned, blank-padded. */
  private static String pad(String v) {
    return v.length() >= 5 ? v.substring(0, 5) : v + " ".repeat(5 - v.length());
  }
}
