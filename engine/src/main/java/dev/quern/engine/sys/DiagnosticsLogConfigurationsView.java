package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.*;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.io.File;
import java.util.List;

/**
 * sys.dm_os_server_diagnostics_log_configurations: one row, the diagnostic log's settings. Quern
 * keeps no failover cluster diagnostic log; the row names the server's log directory ({@link
 * dev.quern.engine.store.Storage#logDirectory}) with a trailing separator, as SQL Server shows its
 * MSSQL\Log folder, because that is what scripts read it for (Ola Hallengren's job creation puts
 * its output files there). is_enabled 1, max_size 100 MB and max_files 10: the documented defaults.
 */
final class DiagnosticsLogConfigurationsView implements SystemView {
  private static final List<ResultColumn> COLUMNS = List.of(
      bit("is_enabled", false), nvarchar("path", 260, false), integer("max_size", false), integer("max_files", false));

  @Override
  public String name() {
    return "dm_os_server_diagnostics_log_configurations";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    String path = session.store().storage().logDirectory() + File.separator;
    return List.<Object[]>of(new Object[] {true, path, 100, 10});
  }
}
