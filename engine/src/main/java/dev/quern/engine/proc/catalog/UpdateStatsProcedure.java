package dev.quern.engine.proc.catalog;

import dev.quern.catalog.meta.Table;
import dev.quern.engine.api.SqlMessage;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.proc.ProcArg;
import dev.quern.engine.proc.ProcedureHost;
import dev.quern.engine.proc.SystemProcedure;
import java.util.List;

/**
 * {@code sp_updatestats [@resample = 'resample']}: what maintenance jobs run after loads. SQL Server
 * updates each table's out-of-date statistics and says so per table; Quern's planner keeps no
 * statistics (it plans from indexes and predicates), so every table's indexes "did not require
 * update", reported table by table in SQL Server's words, and nothing else happens. Needs db_owner
 * or sysadmin, as SQL Server's does.
 */
public final class UpdateStatsProcedure implements SystemProcedure {
  @Override
  public String name() {
    return "sp_updatestats";
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    if (args.size() > 1) {
      throw SqlErrors.TOO_MANY_ARGUMENTS.raise(name());
    }
    dev.quern.engine.session.PermissionGate.database(host.state(), "CONTROL");
    CatalogScope scope = CatalogScope.of(host.state(), null);
    for (CatalogScope.Entry e : scope.objects(null, null, false)) {
      if (e.object() instanceof Table t) {
        long indexes = t.indexes().stream().filter(i -> i.name() != null).count();
        info(host, "Updating [" + e.schema().name() + "].[" + t.name() + "]");
        info(host, "    0 index(es)/statistic(s) have been updated, " + indexes + " did not require update.");
      }
    }
    info(host, "");
    info(host, "Statistics for all tables have been updated.");
    return 0;
  }

  /** The PRINT-like messages sp_updatestats sends (severity 0). */
  private static void info(ProcedureHost host, String text) {
    host.sink().message(new SqlMessage(0, 1, 0, text, "sp_updatestats", 1));
  }
}
