package dev.quern.engine.proc.host;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.proc.ProcArg;
import dev.quern.engine.proc.ProcedureHost;
import dev.quern.engine.proc.SystemProcedure;
import java.util.List;

/**
 * sp_validatelogins: the Windows users and groups mapped to logins that no longer exist in
 * Windows, as SID and NT Login. Quern has SQL Server logins only (no Windows authentication), so
 * no login can be orphaned that way: the result set is empty.
 */
final class ValidateLoginsProcedure implements SystemProcedure {
  private static final List<ResultColumn> COLUMNS = List.of(
      new ResultColumn("SID", SqlType.ofLength(TypeId.VARBINARY, 85), true),
      new ResultColumn("NT Login", SqlType.ofLength(TypeId.NVARCHAR, 128), true));

  @Override
  public String name() {
    return "sp_validatelogins";
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    if (!args.isEmpty()) {
      throw dev.quern.engine.error.SqlErrors.TOO_MANY_ARGUMENTS.raise(name());
    }
    HostProcedures.result(host.sink(), COLUMNS, List.of());
    return 0;
  }
}
