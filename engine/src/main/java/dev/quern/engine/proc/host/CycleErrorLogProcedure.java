package dev.quern.engine.proc.host;

import dev.quern.engine.api.SqlMessage;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.proc.ExtendedProcedureAccess;
import dev.quern.engine.proc.ProcArg;
import dev.quern.engine.proc.ProcedureHost;
import dev.quern.engine.proc.SystemProcedure;
import java.util.List;

/**
 * {@code sp_cycle_errorlog} ("sp_cycle_errorlog (Transact-SQL)"): closes the error log and starts a
 * new one, as maintenance jobs do weekly; sysadmin only (229), no arguments (8144). SQL Server's
 * runs DBCC ERRORLOG, so it answers with DBCC's 2528 and status 0. Quern writes no SQL Server
 * error log (its server log is the process's own, and xp_readerrorlog reads as empty), so the
 * log the next read sees is the empty new one either way: nothing is left to close.
 */
final class CycleErrorLogProcedure implements SystemProcedure {
  @Override
  public String name() {
    return "sp_cycle_errorlog";
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    if (!args.isEmpty()) {
      throw SqlErrors.TOO_MANY_ARGUMENTS.raise(name());
    }
    ExtendedProcedureAccess.requireSysadmin(host, name());
    host.sink().message(new SqlMessage(2528, 1, 10,
        "DBCC execution completed. If DBCC printed error messages, contact your system administrator.", name(), 1));
    return 0;
  }
}
