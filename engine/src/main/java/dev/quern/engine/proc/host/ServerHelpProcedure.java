package dev.quern.engine.proc.host;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.error.Abort;
import dev.quern.engine.error.ErrorTemplate;
import dev.quern.engine.proc.ProcArg;
import dev.quern.engine.proc.ProcedureHost;
import dev.quern.engine.proc.SystemProcedure;
import dev.quern.engine.sys.SystemView;
import dev.quern.engine.sys.SystemViews;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * sp_helpserver [[@server =] 'server'] [, [@optname =] 'option'] [, [@show_topology =] 'x']: a
 * row per server of sys.servers ({@code name}, {@code network_name}, {@code status} — the options
 * that are on, comma-separated in SQL Server's words —, {@code id}, {@code collation_name},
 * {@code connect_timeout}, {@code query_timeout}). 15015 for a server that is not there. Quern
 * has only the local server; @optname and @show_topology narrow nothing further here.
 */
final class ServerHelpProcedure implements SystemProcedure {
  private static final ErrorTemplate NO_SUCH_SERVER = new ErrorTemplate(15015, 16, 1,
      "The server '%s' does not exist. Use sp_helpserver to show available servers.", Abort.STATEMENT);

  private static final SqlType SYSNAME = SqlType.ofLength(TypeId.NVARCHAR, 128);
  private static final List<ResultColumn> COLUMNS = List.of(
      new ResultColumn("name", SYSNAME, false), new ResultColumn("network_name", SYSNAME, true),
      new ResultColumn("status", SqlType.ofLength(TypeId.VARCHAR, 70), true),
      new ResultColumn("id", SqlType.ofLength(TypeId.CHAR, 4), false),
      new ResultColumn("collation_name", SYSNAME, true), new ResultColumn("connect_timeout", SqlTypes.INT, true),
      new ResultColumn("query_timeout", SqlTypes.INT, true));

  /** sys.servers' option columns and the words sp_helpserver's status uses for them, in its order. */
  private static final String[][] OPTIONS = {
    {"is_remote_login_enabled", "rpc"}, {"is_rpc_out_enabled", "rpc out"}, {"is_data_access_enabled", "data access"},
    {"is_collation_compatible", "collation compatible"}, {"uses_remote_collation", "use remote collation"},
    {"lazy_schema_validation", "lazy schema validation"}, {"is_publisher", "pub"}, {"is_subscriber", "sub"},
    {"is_distributor", "dist"}, {"is_remote_proc_transaction_promotion_enabled", "remote proc transaction promotion"},
  };

  @Override
  public String name() {
    return "sp_helpserver";
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    String wanted = args.isEmpty() || args.getFirst().value() == null ? null : args.getFirst().value().toString().strip();
    SystemView servers = SystemViews.lookup(List.of("sys", "servers")).orElseThrow();
    List<String> names = servers.columns().stream().map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
    List<Object[]> rows = new ArrayList<>();
    for (Object[] s : servers.rows(host.state())) {
      String name = (String) s[names.indexOf("name")];
      if (wanted != null && !wanted.equalsIgnoreCase(name)) {
        continue;
      }
      rows.add(new Object[] {
        name, s[names.indexOf("data_source")], status(s, names), String.format(Locale.ROOT, "%-4d", (Integer) s[names.indexOf("server_id")]),
        s[names.indexOf("collation_name")], s[names.indexOf("connect_timeout")], s[names.indexOf("query_timeout")]
      });
    }
    if (wanted != null && rows.isEmpty()) {
      throw NO_SUCH_SERVER.raise(wanted);
    }
    HostProcedures.result(host.sink(), COLUMNS, rows);
    return 0;
  }

  private static String status(Object[] server, List<String> names) {
    List<String> on = new ArrayList<>();
    for (String[] option : OPTIONS) {
      if (Boolean.TRUE.equals(server[names.indexOf(option[0])])) {
        on.add(option[1]);
      }
    }
    return String.join(",", on);
  }
}
