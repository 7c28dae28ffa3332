package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.*;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * sys.servers, sys.linked_logins and sys.extended_procedures ("sys.servers (Transact-SQL)" …).
 * Quern has no linked or remote servers and registers no extended procedures with
 * sp_addextendedproc (its xp_ procedures are built in, as SQL Server's own live in the resource
 * database, not in master's sys.objects): sys.servers holds the one row every instance has, the
 * local server (server_id 0, named as @@SERVERNAME), and the other two are empty.
 */
final class LinkedServerViews {
  private LinkedServerViews() {}

  static List<SystemView> all() {
    return List.of(servers(),
        new DerivedView("linked_logins", List.of(integer("server_id", false), integer("local_principal_id", true),
            bit("uses_self_credential", false), sysname("remote_name", true), datetime("modify_date", false)),
            s -> List.of()),
        new DerivedView("extended_procedures", extendedProcedureColumns(), s -> List.of()));
  }

  private static SystemView servers() {
    List<dev.quern.engine.api.ResultColumn> columns = List.of(
        integer("server_id", false), sysname("name", false), sysname("product", false), sysname("provider", false),
        nvarchar("data_source", 4000, true), nvarchar("location", 4000, true), nvarchar("provider_string", 4000, true),
        sysname("catalog", true), integer("connect_timeout", true), integer("query_timeout", true),
        bit("is_linked", false), bit("is_remote_login_enabled", false), bit("is_rpc_out_enabled", false),
        bit("is_data_access_enabled", false), bit("is_collation_compatible", false),
        bit("uses_remote_collation", false), sysname("collation_name", true), bit("lazy_schema_validation", false),
        bit("is_system", false), bit("is_publisher", false), bit("is_subscriber", true), bit("is_distributor", true),
        bit("is_nonsql_subscriber", true), bit("is_remote_proc_transaction_promotion_enabled", true),
        datetime("modify_date", false), bit("is_rda_server", true));
    return new DerivedView("servers", columns, s -> {
      // The local server's row, as an instance lists itself: SQL Server over SQLNCLI, no data access.
      LocalDateTime started = LocalDateTime.ofInstant(
          java.time.Instant.ofEpochMilli(OsSystemViews.startMillis()), ZoneId.systemDefault());
      String name = s.serverName();
      return List.<Object[]>of(new Object[] {
        0, name, "SQL Server", "SQLNCLI", name, null, null, null, 0, 0, false, true, true, false, false, true,
        null, false, false, false, false, false, false, true, started, false
      });
    });
  }

  /** sys.objects' columns, then the DLL the procedure lives in. */
  private static List<dev.quern.engine.api.ResultColumn> extendedProcedureColumns() {
    List<dev.quern.engine.api.ResultColumn> out = new ArrayList<>(ObjectsView.COLUMNS);
    out.add(nvarchar("dll_name", 260, true));
    return List.copyOf(out);
  }
}
