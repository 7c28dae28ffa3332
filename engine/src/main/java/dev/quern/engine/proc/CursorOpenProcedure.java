package dev.quern.engine.proc;

import java.util.List;

/**
 * sp_cursoropen @cursor OUTPUT, @stmt [, @scrollopt [OUTPUT] [, @ccopt [OUTPUT] [, @rowcount OUTPUT
 * [, @paramdef, values…]]]]: opens an API server cursor (ProcID 2; mssql-jdbc's
 * selectMethod=cursor and scrollable result sets, jTDS useCursors).
 */
final class CursorOpenProcedure implements SystemProcedure {
  @Override
  public String name() {
    return "sp_cursoropen";
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    Arguments a = Arguments.split(args, List.of("@cursor", "@stmt", "@scrollopt", "@ccopt", "@rowcount", "@paramdef"));
    String stmt = ParameterizedStatement.unicodeText(a.fixed(1), "@stmt");
    String defs = a.fixed(5) == null ? null : ParameterizedStatement.unicodeText(a.fixed(5), "@paramdef");
    return ApiCursorOpening.open(
        new ApiCursorOpening.Request(name(), stmt, defs, a.values(), a.fixed(0), a.fixed(2), a.fixed(3), a.fixed(4)),
        host);
  }
}
