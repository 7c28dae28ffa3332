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
 * installed instances so find nothing, as they do on SQL Server on Linux. xp_instance_regread, which
 * reads the same keys under the instance's own registry path, answers alike.
 */
final class RegReadProcedure implements SystemProcedure {
  private final String name;

  private RegReadProcedure(String name) {
    this.name = name;
  }

  static RegReadProcedure regRead() {
    return new RegReadProcedure("xp_regread");
  }

  static RegReadProcedure instanceRegRead() {
    return new RegReadProcedure("xp_instance_regread");
  }

  @Override
  public String name() {
    return name;
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
