package dev.quern.engine.proc.host;

import static dev.quern.catalog.type.SqlTypes.DATETIME;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.proc.ProcArg;
import dev.quern.engine.proc.ProcedureHost;
import dev.quern.engine.proc.SystemProcedure;
import java.util.List;

/**
 * xp_readerrorlog [log, type, search1, search2, start, end, order]: the lines of SQL Server's error
 * log (or, type 2, SQL Server Agent's) as LogDate, ProcessInfo, Text. Quern writes no SQL Server
 * error log (its server log is the process's own, outside the engine), so every log it is asked
 * for reads as empty: the result set has its columns and no rows. Decided: empty rather than an
 * error, since a log that holds nothing is what a caller searching it should see.
 */
final class ReadErrorLogProcedure implements SystemProcedure {
  static final List<ResultColumn> COLUMNS = List.of(new ResultColumn("LogDate", DATETIME, true),
      new ResultColumn("ProcessInfo", SqlType.ofLength(TypeId.NVARCHAR, 12), true),
      new ResultColumn("Text", SqlType.ofLength(TypeId.NVARCHAR, 4000), true));

  @Override
  public String name() {
    return "xp_readerrorlog";
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    dev.quern.engine.proc.ExtendedProcedureAccess.requireSysadmin(host, name());
    HostProcedures.result(host.sink(), COLUMNS, List.of());
    return 0;
  }
}
