package dev.quern.engine.proc;

import dev.quern.engine.error.SqlErrors;
import java.util.List;

/** sp_unprepare @handle: forgets a prepared statement. */
final class UnprepareProcedure implements SystemProcedure {
  @Override
  public String name() {
    return "sp_unprepare";
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    Arguments a = Arguments.split(args, List.of("@handle"));
    int handle = ParameterizedStatement.handleOf(a.fixed(0));
    if (!host.state().prepared().remove(handle)) {
      throw SqlErrors.PREPARED_HANDLE_NOT_FOUND.raise(handle);
    }
    return 0;
  }
}
