package dev.quern.engine.proc;

import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.error.SqlException;
import dev.quern.engine.plan.StatementPlan;
import dev.quern.engine.session.PreparedStatements;
import java.util.List;

/**
 * sp_prepare @handle OUTPUT, @params, @stmt [, @options]: compiles and keeps the statement,
 * returns its handle, and describes the first result set (metadata only) as SQL Server does,
 * which jTDS uses as the statement's ResultSetMetaData.
 */
final class PrepareProcedure implements SystemProcedure {
  @Override
  public String name() {
    return "sp_prepare";
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    Arguments a = Arguments.split(args, List.of("@handle", "@params", "@stmt", "@options"));
    ProcArg handleArg = a.fixed(0);
    if (handleArg == null) {
      throw SqlErrors.PROC_EXPECTS_PARAMETER.raise(name(), "@handle");
    }
    String params = a.fixed(1) == null ? null : ParameterizedStatement.unicodeText(a.fixed(1), "@params");
    String stmt = ParameterizedStatement.unicodeText(a.fixed(2), "@stmt");
    ParameterizedStatement ps = prepare(stmt, params, host);
    int handle = host.state().prepared().add(new PreparedStatements.Prepared(params, stmt, ps));
    handleArg.setOutput(handle, SqlTypes.INT);
    describe(ps, host);
    return 0;
  }

  static ParameterizedStatement prepare(String stmt, String params, ProcedureHost host) {
    try {
      return ParameterizedStatement.compile(stmt == null ? "" : stmt, params, host);
    } catch (SqlException e) {
      // SQL Server reports the compile error, then 8180.
      host.sink().message(e.toMessage());
      throw SqlErrors.STATEMENTS_NOT_PREPARED.raise();
    }
  }

  private static void describe(ParameterizedStatement ps, ProcedureHost host) {
    for (StatementPlan s : ps.plan().statements()) {
      if (s instanceof StatementPlan.Select sel) {
        host.sink().columns(sel.query().columns());
        host.sink().done(-1, true);
        return;
      }
    }
  }
}
