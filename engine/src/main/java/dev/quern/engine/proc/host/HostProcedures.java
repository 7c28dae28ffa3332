package dev.quern.engine.proc.host;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.api.ResultSink;
import dev.quern.engine.proc.SystemProcedure;
import java.util.List;

/** The registry entry of this package's procedures, and the result-set writing they share. */
public final class HostProcedures {
  private HostProcedures() {}

  public static List<SystemProcedure> all() {
    return List.of(new FixedDrivesProcedure(), RegReadProcedure.regRead(), RegReadProcedure.instanceRegRead(),
        new ReadErrorLogProcedure(), new SpReadErrorLogProcedure(), new CycleErrorLogProcedure(), new LoginInfoProcedure(),
        new ValidateLoginsProcedure(), new AlertInfoProcedure(),
        new CommandShellProcedure(), new VersionInfoProcedure(), new ServerHelpProcedure());
  }

  /** Writes one result set: the columns, then the rows. */
  static void result(ResultSink sink, List<ResultColumn> columns, List<Object[]> rows) {
    sink.columns(columns);
    rows.forEach(sink::row);
    sink.done(rows.size(), true);
  }
}
