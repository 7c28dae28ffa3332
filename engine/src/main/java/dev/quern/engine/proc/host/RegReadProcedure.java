package dev.quern.engine.proc.host;

import dev.quern.engine.proc.ProcArg;
import dev.quern.engine.proc.ProcedureHost;
import dev.quern.engine.proc.SystemProcedure;
import java.util.List;

/**
 * xp_regread @rootkey, @key, @value_name [, @value OUTPUT] [, @no_output]: reads a value of the
 * Windows registry. Quern runs on no registry, so every key is one that does not exist: as SQL
 * Server answers for a missing key, the OUTPUT parameter is set to NULL and no result set is
 * returned (an INSERT … EXEC of it inserts nothing). Health checks that read the power plan or the
 * installed instances so find nothing, as they do on SQL Server on Linux.
 */
final class RegReadProcedure implements SystemProcedure {
  @Override
  public String name() {
    return "xp_regread";
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    for (ProcArg a : args) {
      if (a.output()) {
        a.setOutput(null, a.type());
      }
    }
    return 0;
  }
}
