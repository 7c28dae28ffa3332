package dev.quern.engine.proc.host;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.api.ResultSink;
import dev.quern.engine.proc.SystemProcedure;
import java.util.List;

/** The registry entry of this package's procedures, and the result-set writing they share. */
public final class HostProcedures {
  private HostProcedures() {}

  public static List<SystemProcedure> all() {
    return List.of(new FixedDrivesProcedure(), new RegReadProcedure(), new ReadErrorLogProcedure(),
        new ValidateLoginsProcedure(), new AlertInfoProcedure());
  }

  /**
   * 229 unless the caller is sysadmin: SQL Server grants the extended procedures that read the
   * host (its drives, its error log) to no one else.
   */
  static void requireSysadmin(dev.quern.engine.proc.ProcedureHost host, String procedure) {
    if (!host.state().isSysadmin()) {
      throw dev.quern.engine.error.SecurityErrors.PERMISSION_DENIED_ON_OBJECT.raise(
          "EXECUTE", procedure, "mssqlsystemresource", "sys");
    }
  }

  /** Writes one result set: the columns, then the rows. */
  static void result(ResultSink sink, List<ResultColumn> columns, List<Object[]> rows) {
    sink.columns(columns);
    rows.forEach(sink::row);
    sink.done(rows.size(), true);
  }
}
