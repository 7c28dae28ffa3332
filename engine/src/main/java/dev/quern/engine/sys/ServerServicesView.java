package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.nvarchar;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * sys.dm_server_services: the instance's services. Quern is one process: the database engine, the
 * SQL Server Agent scheduler (Running while it is started, else Stopped) and the Launchpad that
 * starts the external-script satellites all run in it, so each row shows the server's process id,
 * its start time, the account it runs as and its command line (what the service executable is
 * here). There is no Full-Text service. Decided: startup_type 3 (Manual, "Demand start"), as
 * Quern is started by a command rather than installed as an automatic service; instant file
 * initialization 'Y' for the engine, as the store never zeroes the files it grows (its log files
 * are preallocated without writing zeros).
 */
final class ServerServicesView implements SystemView {
  private static final List<ResultColumn> COLUMNS = List.of(
      nvarchar("servicename", 256, false), integer("startup_type", true), nvarchar("startup_type_desc", 256, false),
      integer("status", true), nvarchar("status_desc", 256, false), integer("process_id", false),
      new ResultColumn("last_startup_time", SqlType.withScale(TypeId.DATETIMEOFFSET, 7), true),
      nvarchar("service_account", 256, false), nvarchar("filename", 256, false), nvarchar("is_clustered", 1, false),
      nvarchar("cluster_nodename", 256, true), nvarchar("instant_file_initialization_enabled", 1, false));

  private static final int RUNNING = 4;
  private static final int STOPPED = 1;

  @Override
  public String name() {
    return "dm_server_services";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    String instance = "(MSSQLSERVER)";
    boolean agentRunning = session.server().agent().isStarted();
    return List.of(
        row("SQL Server " + instance, RUNNING, "Y"),
        row("SQL Server Agent " + instance, agentRunning ? RUNNING : STOPPED, "N"),
        row("SQL Server Launchpad " + instance, RUNNING, "N"));
  }

  private static Object[] row(String name, int status, String instantFileInitialization) {
    ProcessHandle self = ProcessHandle.current();
    String executable = self.info().commandLine().orElse(self.info().command().orElse("java"));
    OffsetDateTime started = OffsetDateTime.ofInstant(Instant.ofEpochMilli(OsSystemViews.startMillis()), ZoneId.systemDefault());
    return new Object[] {
      name, 3, "Manual", status, status == RUNNING ? "Running" : "Stopped", (int) self.pid(), started,
      System.getProperty("user.name"), executable.length() > 256 ? executable.substring(0, 256) : executable, "N", null,
      instantFileInitialization
    };
  }
}
