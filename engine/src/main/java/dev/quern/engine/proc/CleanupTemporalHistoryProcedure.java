package dev.quern.engine.proc;

import dev.quern.catalog.meta.SystemTimePeriod;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.error.TemporalErrors;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.ObjectNames;
import dev.quern.engine.store.ResolvedTable;
import dev.quern.engine.store.StoreSession;
import dev.quern.engine.store.TableStores;
import dev.quern.engine.temporal.AgedRows;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * sys.sp_cleanup_temporal_history @schema_name, @table_name [, @rowcount OUTPUT]: deletes every
 * history row of a system-versioned table that its HISTORY_RETENTION_PERIOD has aged, at once, in
 * the caller's transaction ("sys.sp_cleanup_temporal_history (Transact-SQL)"), whatever the
 * database's TEMPORAL_HISTORY_RETENTION. Quern's choices where SQL Server's answer is not known: a
 * missing table is 15009, one not versioned 13591, an INFINITE retention deletes nothing.
 */
final class CleanupTemporalHistoryProcedure implements SystemProcedure {
  private static final List<String> PARAMETERS = List.of("@schema_name", "@table_name", "@rowcount");

  @Override
  public String name() {
    return "sp_cleanup_temporal_history";
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    ProcArg[] byName = ParameterSlots.of(args, PARAMETERS, name());
    String schema = text(byName[0]);
    String table = text(byName[1]);
    SessionState state = host.state();
    StoreSession store = state.store();
    store.beginStatement();
    boolean ok = false;
    try {
      ResolvedTable t = ObjectNames.table(store, state.databaseName(), List.of(schema, table))
          .orElseThrow(() -> SqlErrors.HELPTEXT_NO_OBJECT.raise(schema + "." + table, state.databaseName()));
      var md = store.metadata(t.catalog());
      SystemTimePeriod p = md.period(t.table().id()).filter(SystemTimePeriod::versioned)
          .orElseThrow(() -> TemporalErrors.NOT_VERSIONED.raise(t.fullyQualified()));
      var cutoff = AgedRows.cutoff(p.retention(), LocalDateTime.now(ZoneOffset.UTC));
      int deleted = 0;
      if (cutoff.isPresent()) {
        Table history = md.table(p.historyTableId()).orElseThrow();
        deleted = AgedRows.delete(TableStores.openForWrite(store, t.catalog(), history), history,
            t.table().position(p.endColumnId()), cutoff.get(), Long.MAX_VALUE);
      }
      if (byName[2] != null && byName[2].output()) {
        byName[2].setOutput(deleted, SqlTypes.INT);
      }
      ok = true;
    } finally {
      store.endStatement(ok);
    }
    return 0;
  }

  private static String text(ProcArg a) {
    return a == null || a.value() == null ? "" : a.value().toString();
  }
}
