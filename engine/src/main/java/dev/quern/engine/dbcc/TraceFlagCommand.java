package dev.quern.engine.dbcc;

import dev.quern.engine.api.ResultColumn;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.session.TraceFlags;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * DBCC TRACEON/TRACEOFF ( flag [, …] [, -1] ) and DBCC TRACESTATUS [( flag [, …] [, -1] )]: flags
 * are kept per session, or globally with -1 ({@link TraceFlags}); TRACESTATUS lists them as SQL
 * Server does (TraceFlag, Status, Global, Session). Flags change nothing in Quern.
 */
final class TraceFlagCommand implements DbccCommand {
  private static final List<ResultColumn> STATUS_COLUMNS =
      List.of(
          new ResultColumn("TraceFlag", SqlTypes.INT, false),
          new ResultColumn("Status", SqlTypes.INT, false),
          new ResultColumn("Global", SqlTypes.INT, false),
          new ResultColumn("Session", SqlTypes.INT, false));
  /** The largest trace flag number SQL Server accepts. */
  private static final int MAX_FLAG = 32767;

  private enum Mode { ON, OFF, STATUS }

  private final Mode mode;

  private TraceFlagCommand(Mode mode) {
    this.mode = mode;
  }

  static TraceFlagCommand on() {
    return new TraceFlagCommand(Mode.ON);
  }

  static TraceFlagCommand off() {
    return new TraceFlagCommand(Mode.OFF);
  }

  static TraceFlagCommand status() {
    return new TraceFlagCommand(Mode.STATUS);
  }

  @Override
  public String name() {
    return "TRACE" + mode.name();
  }

  @Override
  public void authorize(DbccCall call) {
    if (mode != Mode.STATUS) {
      DbccAccess.sysadmin(call, name(), 3); // TRACESTATUS is anyone's
    }
  }

  @Override
  public void run(DbccCall call) {
    boolean globally = false;
    Set<Integer> flags = new TreeSet<>();
    for (Object a : call.arguments()) {
      if (!(a instanceof Number n)) {
        throw DbccErrors.INCORRECT_STATEMENT.raise();
      }
      if (n.intValue() == -1) {
        globally = true;
      } else if (n.intValue() < 0 || n.longValue() > MAX_FLAG) {
        throw DbccErrors.INVALID_TRACE_FLAG.raise(n.intValue());
      } else {
        flags.add(n.intValue());
      }
    }
    TraceFlags state = call.state().server().traceFlags();
    int spid = call.state().spid();
    if (mode == Mode.STATUS) {
      status(call, state, flags, spid);
      return;
    }
    if (flags.isEmpty()) {
      throw DbccErrors.INCORRECT_STATEMENT.raise();
    }
    for (int f : flags) {
      state.set(f, mode == Mode.ON, spid, globally);
    }
  }

  private static void status(DbccCall call, TraceFlags state, Set<Integer> asked, int spid) {
    Set<Integer> shown = asked.isEmpty() ? state.visibleTo(spid) : asked;
    List<Object[]> rows = new ArrayList<>();
    for (int f : shown) {
      int global = state.global(f) ? 1 : 0;
      int session = state.session(f, spid) ? 1 : 0;
      rows.add(new Object[] {f, global | session, global, session});
    }
    call.rows(STATUS_COLUMNS, rows);
  }
}
