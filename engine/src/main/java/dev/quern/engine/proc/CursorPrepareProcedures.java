package dev.quern.engine.proc;

import dev.quern.catalog.type.SqlTypes;
import java.util.List;

/**
 * The prepared forms of sp_cursoropen: sp_cursorprepare (ProcID 3) keeps a statement under a
 * handle, sp_cursorexecute (4) opens a cursor on it, sp_cursorprepexec (5) does both in one call,
 * sp_cursorunprepare (6) drops the handle.
 */
final class CursorPrepareProcedures {
  private CursorPrepareProcedures() {}

  static List<SystemProcedure> all() {
    return List.of(new Prepare(), new Execute(), new PrepExec(), new Unprepare());
  }

  /** sp_cursorprepare @prephandle OUTPUT, @params, @stmt, @options [, @scrollopt [, @ccopt]]. */
  private static final class Prepare implements SystemProcedure {
    @Override
    public String name() {
      return "sp_cursorprepare";
    }

    @Override
    public int execute(List<ProcArg> args, ProcedureHost host) {
      Arguments a = Arguments.split(args, List.of("@prephandle", "@params", "@stmt", "@options", "@scrollopt", "@ccopt"));
      String defs = a.fixed(1) == null ? null : ParameterizedStatement.unicodeText(a.fixed(1), "@params");
      String stmt = ParameterizedStatement.unicodeText(a.fixed(2), "@stmt");
      int handle = host.state().cursors().nextHandle();
      host.state().cursors().prepare(handle, defs, stmt);
      a.fixed(0).setOutput(handle, SqlTypes.INT);
      return 0;
    }
  }

  /** sp_cursorexecute @prephandle, @cursor OUTPUT [, @scrollopt [, @ccopt [, @rowcount OUTPUT [, values…]]]]. */
  private static final class Execute implements SystemProcedure {
    @Override
    public String name() {
      return "sp_cursorexecute";
    }

    @Override
    public int execute(List<ProcArg> args, ProcedureHost host) {
      Arguments a = Arguments.split(args, List.of("@prephandle", "@cursor", "@scrollopt", "@ccopt", "@rowcount"));
      String[] p = host.state().cursors().prepared(ParameterizedStatement.handleOf(a.fixed(0)), name());
      return ApiCursorOpening.open(
          new ApiCursorOpening.Request(name(), p[1], p[0], a.values(), a.fixed(1), a.fixed(2), a.fixed(3), a.fixed(4)),
          host);
    }
  }

  /**
   * sp_cursorprepexec @prephandle OUTPUT, @cursor OUTPUT, @params, @stmt [, @scrollopt [, @ccopt [,
   * @rowcount OUTPUT [, values…]]]].
   */
  private static final class PrepExec implements SystemProcedure {
    @Override
    public String name() {
      return "sp_cursorprepexec";
    }

    @Override
    public int execute(List<ProcArg> args, ProcedureHost host) {
      Arguments a = Arguments.split(
          args, List.of("@prephandle", "@cursor", "@params", "@stmt", "@scrollopt", "@ccopt", "@rowcount"));
      String defs = a.fixed(2) == null ? null : ParameterizedStatement.unicodeText(a.fixed(2), "@params");
      String stmt = ParameterizedStatement.unicodeText(a.fixed(3), "@stmt");
      int handle = host.state().cursors().nextHandle();
      host.state().cursors().prepare(handle, defs, stmt);
      a.fixed(0).setOutput(handle, SqlTypes.INT); // returned even when opening fails
      return ApiCursorOpening.open(
          new ApiCursorOpening.Request(name(), stmt, defs, a.values(), a.fixed(1), a.fixed(4), a.fixed(5), a.fixed(6)),
          host);
    }
  }

  /** sp_cursorunprepare @prephandle. */
  private static final class Unprepare implements SystemProcedure {
    @Override
    public String name() {
      return "sp_cursorunprepare";
    }

    @Override
    public int execute(List<ProcArg> args, ProcedureHost host) {
      host.state().cursors().unprepare(ParameterizedStatement.handleOf(args.isEmpty() ? null : args.getFirst()), name());
      return 0;
    }
  }
}
