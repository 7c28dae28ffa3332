package dev.quern.engine.proc.host;

import dev.quern.engine.error.CatalogProcedureErrors;
import dev.quern.engine.proc.ProcArg;
import dev.quern.engine.proc.ProcedureHost;
import dev.quern.engine.proc.SystemProcedure;
import dev.quern.engine.proc.catalog.CatalogArguments;
import dev.quern.engine.session.SessionState;
import java.util.List;

/**
 * {@code sp_readerrorlog [@p1 = log] [, @p2 = type] [, @p3 = 'search1'] [, @p4 = 'search2']}: the
 * documented wrapper of {@code xp_readerrorlog} DBAs call, with its parameters bound by position or
 * name (8144, 8145 otherwise) and the same LogDate, ProcessInfo, Text result, which reads as empty
 * as xp_readerrorlog's does (Quern writes no SQL Server error log). Only securityadmin members (and
 * sysadmin) may call it: 15003 otherwise, as SQL Server's procedure checks.
 */
final class SpReadErrorLogProcedure implements SystemProcedure {
  private static final List<String> PARAMETERS = List.of("@p1", "@p2", "@p3", "@p4");

  @Override
  public String name() {
    return "sp_readerrorlog";
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    CatalogArguments.bind(args, PARAMETERS, name());
    SessionState s = host.state();
    if (!s.isSysadmin() && !s.isServerRoleMember("securityadmin").orElse(false)) {
      throw CatalogProcedureErrors.ROLE_ONLY.raise("securityadmin");
    }
    HostProcedures.result(host.sink(), ReadErrorLogProcedure.COLUMNS, List.of());
    return 0;
  }
}
