package dev.quern.engine.exec;

import dev.quern.catalog.meta.Table;
import dev.quern.engine.ast.TableMaintenanceStatement;
import dev.quern.engine.error.IndexErrors;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.statistics.StatisticsUpdate;
import dev.quern.engine.statistics.TableStatistics;
import dev.quern.engine.store.ObjectNames;
import dev.quern.engine.store.ResolvedTable;

/**
 * Runs index maintenance on a table. REBUILD writes the table's rows and indexes again into fresh
 * key ranges (the store reclaims the old ones): what remains of fragmentation in an LSM store.
 * REORGANIZE checks its table and index and changes nothing (the store compacts by itself).
 * REBUILD enables the disabled indexes it rebuilds ({@link IndexRebuild}); DISABLE is {@link
 * IndexDisabling}.
 * REBUILD updates the statistics of the indexes it rebuilt, with a full scan, as SQL Server's
 * does. LOCK_ESCALATION is kept in the catalog and shown by sys.tables; DISABLE turns a table's
 * lock escalation off (see TableStore).
 */
final class TableMaintenance {
  private final SessionState state;

  TableMaintenance(SessionState state) {
    this.state = state;
  }

  /** The statistics of the rebuilt indexes ({@code index}, or all when null), updated with a full scan. */
  private void rebuiltStatistics(java.util.List<String> name, String index) {
    ResolvedTable t = ObjectNames.table(state.store(), state.databaseName(), name).orElseThrow();
    var all = TableStatistics.of(state.store().metadata(t.catalog()), t.table()).stream()
        .filter(x -> !x.userCreated() && (index == null || x.name().equalsIgnoreCase(index))).toList();
    StatisticsUpdate.run(state.store(), state.server().statisticsModifications(), t, all);
  }

  /**
   * 2552 when an index REORGANIZE would compact has ALLOW_PAGE_LOCKS = OFF: SQL Server's reorganize
   * works page by page under page locks. ALL checks the enabled ones (it passes over the disabled).
   */
  private static void requirePageLocks(Table table, String index) {
    for (var i : table.indexes()) {
      boolean target = index == null ? i.name() != null && !i.disabled() : i.name() != null && i.name().equalsIgnoreCase(index);
      if (target && !i.options().allowPageLocks()) {
        throw IndexErrors.REORGANIZE_WITHOUT_PAGE_LOCKS.raise(i.name(), table.name());
      }
    }
  }

  void run(TableMaintenanceStatement s, dev.quern.engine.api.ResultSink sink) {
    String name = String.join(".", s.table());
    var found = ObjectNames.table(state.store(), state.databaseName(), s.table());
    ResolvedTable t = switch (s.kind()) {
      case REBUILD, REORGANIZE, DISABLE, SET -> found.orElseThrow(() -> SqlErrors.ALTER_INDEX_OBJECT_MISSING.raise(name));
      case LOCK_ESCALATION, ENABLE_CHANGE_TRACKING, DISABLE_CHANGE_TRACKING ->
          found.orElseThrow(() -> SqlErrors.INVALID_OBJECT.raise(name));
    };
    Table table = t.table();
    if (s.kind() == TableMaintenanceStatement.Kind.ENABLE_CHANGE_TRACKING) {
      new ChangeTrackingDdl(state).enable(t, "ON".equals(s.value()));
      return;
    }
    if (s.kind() == TableMaintenanceStatement.Kind.DISABLE_CHANGE_TRACKING) {
      new ChangeTrackingDdl(state).disable(t);
      return;
    }
    if (s.kind() != TableMaintenanceStatement.Kind.LOCK_ESCALATION
        && s.index() != null && table.index(s.index()).isEmpty()) {
      throw SqlErrors.INDEX_NOT_FOUND.raise(s.index());
    }
    ColumnstoreMaintenance.check(table, s);
    if (s.kind() == TableMaintenanceStatement.Kind.REORGANIZE && s.index() != null
        && table.index(s.index()).orElseThrow().disabled()) {
      // REORGANIZE ALL passes over the disabled indexes; named, one is refused.
      throw IndexErrors.OPERATION_ON_DISABLED.raise(table.index(s.index()).orElseThrow().name(), table.name());
    }
    if (s.kind() == TableMaintenanceStatement.Kind.REBUILD) {
      new IndexRebuild(state).rebuild(t, s.index(), s.options());
      IndexOptionsChange.keepNoRecompute(state, t, s.index(), s.options());
      rebuiltStatistics(s.table(), s.index());
    }
    if (s.kind() == TableMaintenanceStatement.Kind.REORGANIZE) {
      requirePageLocks(table, s.index());
      ColumnstoreReorganize.run(state, t, s.index(), s.value() != null);
    }
    if (s.kind() == TableMaintenanceStatement.Kind.SET) {
      new IndexOptionsChange(state).set(t, s.index(), s.options());
    }
    if (s.kind() == TableMaintenanceStatement.Kind.DISABLE) {
      new IndexDisabling(state, sink).disable(t, s.index());
    }
    if (s.kind() == TableMaintenanceStatement.Kind.LOCK_ESCALATION) {
      // Kept in the catalog for sys.tables and scripts that read it back.
      t.catalog().setLockEscalation(state.store().txn(t.catalog()), table.id(),
          dev.quern.catalog.meta.LockEscalation.valueOf(s.value()));
    }
  }
}
