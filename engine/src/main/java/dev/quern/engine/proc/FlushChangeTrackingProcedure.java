package dev.quern.engine.proc;

import dev.quern.catalog.kv.KvTxn;
import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.ChangeCleanup;
import dev.quern.catalog.meta.ChangeLog;
import dev.quern.catalog.meta.ChangeTrackingTable;
import dev.quern.catalog.meta.Database;
import dev.quern.catalog.meta.Metadata;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.api.SqlMessage;
import dev.quern.engine.changetracking.ChangeRetention;
import dev.quern.engine.changetracking.ChangeTrackingCleanup;
import dev.quern.engine.error.ChangeTrackingErrors;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.session.PermissionGate;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.ObjectNames;
import dev.quern.engine.store.ResolvedTable;
import dev.quern.engine.store.StoreSession;
import java.util.List;

/**
 * sys.sp_flush_CT_internal_table_on_demand [@TableToClean =] 'table' [, @DeletedRowCount =
 * @n OUTPUT]: cleans the changes a tracked table (NULL: every tracked table of the current
 * database) keeps beyond the database's CHANGE_RETENTION at once, in the caller's transaction,
 * whatever AUTO_CLEANUP says, and prints as SQL Server's does: the cleanup watermark, then each
 * table's internal name (change_tracking_&lt;object_id&gt;) and rows deleted. db_owner or
 * sysadmin. Quern's choices where SQL Server's are not documented: a missing table is 15009, an
 * untracked one 22105.
 */
final class FlushChangeTrackingProcedure implements SystemProcedure {
  private static final List<String> PARAMETERS = List.of("@tabletoclean", "@deletedrowcount");
  private static final String DISPLAY_NAME = "sp_flush_CT_internal_table_on_demand";

  @Override
  public String name() {
    return DISPLAY_NAME.toLowerCase(java.util.Locale.ROOT); // names are kept lower case
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    ProcArg[] byName = ParameterSlots.of(args, PARAMETERS, DISPLAY_NAME);
    SessionState state = host.state();
    PermissionGate.database(state, "CONTROL");
    StoreSession store = state.store();
    store.beginStatement();
    boolean ok = false;
    long deleted = 0;
    try {
      Catalog catalog = store.storage().catalog(state.databaseId());
      Metadata md = store.metadata(catalog);
      Database db = md.database(state.databaseId()).orElseThrow();
      List<ChangeTrackingTable> tables = tables(state, md, byName[0]);
      KvTxn txn = store.txn(catalog);
      Long cutoff = ChangeRetention.cutoffMillis(db, state.clock());
      long watermark = cutoff == null ? 0 : ChangeCleanup.watermark(txn, db.id(), cutoff);
      info(host, "Cleanup Watermark = " + watermark);
      for (ChangeTrackingTable t : tables) {
        int n = 0;
        if (watermark > 0) {
          if (ChangeTrackingCleanup.invalidateThrough(catalog, txn, t, watermark)) {
            store.markDdl();
          }
          n = ChangeLog.deleteThrough(txn, t.tableId(), watermark, Integer.MAX_VALUE);
        }
        info(host, "Internal Change Tracking table name : change_tracking_" + t.tableId());
        info(host, "Total rows deleted: " + n + ".");
        deleted += n;
      }
      if (byName[1] != null && byName[1].output()) {
        byName[1].setOutput(deleted, SqlTypes.BIGINT);
      }
      ok = true;
    } finally {
      store.endStatement(ok);
    }
    return 0;
  }

  /** The table named (which must be tracked), or every tracked table of the database for NULL. */
  private static List<ChangeTrackingTable> tables(SessionState state, Metadata md, ProcArg arg) {
    if (arg == null || arg.value() == null) {
      return md.trackedTables(state.databaseId());
    }
    String name = arg.value().toString();
    ResolvedTable t = ObjectNames.table(state.store(), state.databaseName(), StoredProcedures.parts(name))
        .orElseThrow(() -> SqlErrors.HELPTEXT_NO_OBJECT.raise(name, state.databaseName()));
    ChangeTrackingTable tracking = state.store().metadata(t.catalog()).changeTracking(t.table().id());
    if (tracking == null) {
      throw ChangeTrackingErrors.TABLE_NOT_TRACKED.raise(name);
    }
    return List.of(tracking);
  }

  private void info(ProcedureHost host, String text) {
    host.sink().message(new SqlMessage(0, 1, 0, text, DISPLAY_NAME, 1));
  }
}
