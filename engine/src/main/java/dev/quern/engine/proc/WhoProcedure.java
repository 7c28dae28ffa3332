package dev.quern.engine.proc;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.api.ResultSink;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.session.RequestActivity;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * {@code sp_who [[@loginame =] 'login' | session_id | 'ACTIVE']} ("sp_who (Transact-SQL)"): the
 * user sessions with their status, the session blocking each (blk) and what each runs. ACTIVE
 * leaves out sessions awaiting their next command. The fixed-length columns are padded as
 * SQL Server's nchar/char are.
 */
public final class WhoProcedure implements SystemProcedure {
  private static final List<ResultColumn> COLUMNS =
      List.of(
          new ResultColumn("spid", SqlTypes.SMALLINT, false),
          new ResultColumn("ecid", SqlTypes.SMALLINT, false),
          new ResultColumn("status", SqlType.ofLength(TypeId.NCHAR, 30), false),
          new ResultColumn("loginame", SqlType.ofLength(TypeId.NCHAR, 128), true),
          new ResultColumn("hostname", SqlType.ofLength(TypeId.NCHAR, 128), false),
          new ResultColumn("blk", SqlType.ofLength(TypeId.CHAR, 5), true),
          new ResultColumn("dbname", SqlType.ofLength(TypeId.NCHAR, 128), true),
          new ResultColumn("cmd", SqlType.ofLength(TypeId.NCHAR, 16), false),
          new ResultColumn("request_id", SqlTypes.INT, false));

  private static final String AWAITING_COMMAND = "AWAITING COMMAND";

  @Override
  public String name() {
    return "sp_who";
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    if (args.size() > 1) {
      throw SqlErrors.TOO_MANY_ARGUMENTS.raise(name());
    }
    Object filter = args.isEmpty() || args.getFirst().isDefault() ? null : args.getFirst().value();
    SessionState viewer = host.state();
    List<Object[]> rows = new ArrayList<>();
    for (SessionState s : viewer.server().sessions()) {
      Object[] row = row(s);
      if (selected(filter).test(row)) {
        rows.add(row);
      }
    }
    ResultSink sink = host.sink();
    sink.columns(COLUMNS);
    rows.forEach(sink::row);
    sink.done(rows.size(), true);
    return 0;
  }

  private static Object[] row(SessionState s) {
    RequestActivity.Snapshot r = s.activity().snapshot();
    String status = r == null ? "sleeping" : r.waitType() != null ? "suspended" : "runnable";
    String cmd = r == null ? AWAITING_COMMAND : r.command();
    int blk = r == null ? 0 : r.blockingSessionId();
    return new Object[] {
      s.spid(), 0, pad(status, 30), pad(s.loginName(), 128), pad(s.hostName() == null ? "" : s.hostName(), 128),
      pad(Integer.toString(blk), 5), pad(s.databaseName(), 128), pad(cmd, 16), 0
    };
  }

  /** Rows the argument asks for: a session id, a login name, or ACTIVE (not awaiting a command). */
  private static Predicate<Object[]> selected(Object filter) {
    if (filter == null) {
      return row -> true;
    }
    String text = filter.toString().strip();
    if (filter instanceof Number || text.matches("\\d+")) {
      int spid = Integer.parseInt(text);
      return row -> (int) row[0] == spid;
    }
    if (text.equalsIgnoreCase("ACTIVE")) {
      return row -> !((String) row[7]).strip().equals(AWAITING_COMMAND);
    }
    return row -> ((String) row[3]).strip().equalsIgnoreCase(text);
  }

  /** A value as a fixed-length column holds it: cut to {@code n}, padded with spaces to {@code n}. */
  private static String pad(String v, int n) {
    return v.length() >= n ? v.substring(0, n) : v + " ".repeat(n - v.length());
  }
}
