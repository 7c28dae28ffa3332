package dev.quern.engine.proc.catalog;

import dev.quern.catalog.meta.Table;
import dev.quern.engine.api.SqlMessage;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.proc.ProcArg;
import dev.quern.engine.proc.ProcedureHost;
import dev.quern.engine.proc.SystemProcedure;
import dev.quern.catalog.meta.Statistics;
import dev.quern.engine.statistics.StatisticsUpdate;
import dev.quern.engine.statistics.TableStatistics;
import dev.quern.engine.store.ObjectNames;
import dev.quern.engine.store.ResolvedTable;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code sp_updatestats [@resample = 'resample']}: what maintenance jobs run after loads. Updates
 * each table's statistics that rows changed since their last update (modification_counter above
 * 0) or that were never built, with a full scan, and says so per statistics object and table in
 * SQL Server's words. Needs db_owner or sysadmin, as SQL Server's does.
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
      if (e.object() instanceof Table t && t.rowIndex().disabled()) {
        // Its rows cannot be read: passed by with SQL Server's 15654, as its sp_updatestats does.
        var m = dev.quern.engine.error.IndexErrors.STATS_CLUSTERED_DISABLED.message(
            "[" + e.schema().name() + "].[" + t.name() + "]");
        host.sink().message(new SqlMessage(m.number(), m.state(), m.severity(), m.text(), "sp_updatestats", 1));
      } else if (e.object() instanceof Table t) {
        info(host, "Updating [" + e.schema().name() + "].[" + t.name() + "]");
        // Each table's update is a statement of its own, as each UPDATE STATISTICS of SQL Server's is.
        var store = host.state().store();
        store.beginStatement();
        boolean ok = false;
        try {
          update(host, e.schema().name(), t);
          ok = true;
        } finally {
          store.endStatement(ok);
        }
      }
    }
    info(host, "");
    info(host, "Statistics for all tables have been updated.");
    return 0;
  }

  /** Updates the statistics of {@code t} that need it, one message per statistics object. */
  private static void update(ProcedureHost host, String schema, Table t) {
    var state = host.state();
    ResolvedTable resolved = ObjectNames.table(state.store(), state.databaseName(), List.of(schema, t.name()))
        .orElseThrow();
    var modifications = state.server().statisticsModifications();
    List<Statistics> stale = new ArrayList<>();
    int fresh = 0;
    for (Statistics s : TableStatistics.of(state.store().metadata(resolved.catalog()), resolved.table())) {
      long changed = modifications.since(resolved.database().id(), t.id(), s.statsId(), s.columnIds().getFirst());
      if (s.content() == null || changed > 0) {
        stale.add(s);
        info(host, "    [" + s.name() + "] has been updated...");
      } else {
        fresh++;
        info(host, "    [" + s.name() + "], update is not necessary...");
      }
    }
    StatisticsUpdate.run(state.store(), modifications, resolved, stale);
    info(host, "    " + stale.size() + " index(es)/statistic(s) have been updated, " + fresh
        + " did not require update.");
  }

  /** The PRINT-like messages sp_updatestats sends (severity 0). */
  private static void info(ProcedureHost host, String text) {
    host.sink().message(new SqlMessage(0, 1, 0, text, "sp_updatestats", 1));
  }
}
