package dev.quern.engine.proc;

import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.session.PreparedStatements;
import java.util.List;

/** sp_execute @handle [, values…]: runs a statement prepared by sp_prepare or sp_prepexec. */
final class ExecuteProcedure implements SystemProcedure {
  @Override
  public String name() {
    return "sp_execute";
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    Arguments a = Arguments.split(args, List.of("@handle"));
    int handle = ParameterizedStatement.handleOf(a.fixed(0));
    PreparedStatements.Prepared p = host.state().prepared().get(handle);
    if (p == null) {
      throw SqlErrors.PREPARED_HANDLE_NOT_FOUND.raise(handle);
    }
    return ((ParameterizedStatement) p.compiled()).run(name(), a.values(), host);
  }
}
