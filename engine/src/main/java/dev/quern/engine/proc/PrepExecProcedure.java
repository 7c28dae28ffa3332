package dev.quern.engine.proc;

import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.session.PreparedStatements;
import java.util.List;

/**
 * sp_prepexec @handle OUTPUT, @params, @stmt [, values…]: prepares and runs in one call. The
 * handle is set before running, so it is returned even when the statement fails.
 */
final class PrepExecProcedure implements SystemProcedure {
  @Override
  public String name() {
    return "sp_prepexec";
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    Arguments a = Arguments.split(args, List.of("@handle", "@params", "@stmt"));
    ProcArg handleArg = a.fixed(0);
    if (handleArg == null) {
      throw SqlErrors.PROC_EXPECTS_PARAMETER.raise(name(), "@handle");
    }
    String params = a.fixed(1) == null ? null : ParameterizedStatement.unicodeText(a.fixed(1), "@params");
    String stmt = ParameterizedStatement.unicodeText(a.fixed(2), "@stmt");
    ParameterizedStatement ps = PrepareProcedure.prepare(stmt, params, host);
    int handle = host.state().prepared().add(new PreparedStatements.Prepared(params, stmt, ps));
    handleArg.setOutput(handle, SqlTypes.INT);
    return ps.run(name(), a.values(), host);
  }
}
