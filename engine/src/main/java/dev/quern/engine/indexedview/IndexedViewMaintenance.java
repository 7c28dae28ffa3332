package dev.quern.engine.indexedview;

import dev.quern.engine.binder.TriggerTables;
import dev.quern.engine.plan.BatchPlan;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.session.TriggerFrame;
import dev.quern.engine.store.ResolvedTable;
import java.util.List;
import java.util.Set;

/**
 * Keeps the indexed views that read a table current when a statement changed it: runs each view's
 * delta statements ({@link IndexedViewDelta}) nested in the changing statement, in its transaction,
 * with the changed rows as {@code inserted} and {@code deleted} (as an AFTER trigger reads them,
 * but before the table's triggers fire and whatever nesting and trigger settings say). An error in
 * them (2601 on the view's unique index, an overflow of a SUM) fails the changing statement, which
 * undoes its own writes with theirs.
 */
public final class IndexedViewMaintenance {
  private IndexedViewMaintenance() {}

  /**
   * After {@code statement} (INSERT, UPDATE, DELETE, MERGE) wrote {@code inserted} and removed
   * {@code deleted} rows of {@code t}: the rows of every indexed view reading {@code t} updated.
   */
  public static void apply(SessionState state, ResolvedTable t, String statement, List<Object[]> inserted, List<Object[]> deleted) {
    List<IndexedViews.Reader> readers = IndexedViews.readers(state, t);
    if (readers.isEmpty()) {
      return;
    }
    IndexedViewSetOptions.require(state, statement);
    if (inserted.isEmpty() && deleted.isEmpty()) {
      return;
    }
    var columns = TriggerTables.columns(t);
    List<Integer> ids = t.table().columns().stream().map(c -> c.columnId()).toList();
    for (IndexedViews.Reader r : readers) {
      String sql = "/*indexed view " + r.shape().view().id() + " on " + t.table().id() + " " + columns.hashCode() + "*/"
          + new IndexedViewDelta(r.shape(), r.changed(), r.rows()).sql();
      var frame = new TriggerFrame(-r.shape().view().id(), t.table().id(), columns, ids, inserted, deleted, Set.of());
      run(state, t, r, frame, sql);
    }
  }

  private static void run(SessionState state, ResolvedTable t, IndexedViews.Reader r, TriggerFrame frame, String sql) {
    var host = state.host();
    long rowCount = state.rowCount();
    state.triggers().push(frame);
    // The view's statements run as the view's owner's: the caller needs no right on its rows.
    state.security().enterModule(dev.quern.engine.session.Modules.of(state, t.database().id(), r.shape().view()));
    try {
      BatchPlan plan = host.compile(sql, List.of(), "");
      host.runFunction(plan, new Object[plan.frameSize()], r.shape().view().name());
    } finally {
      state.security().exitModule();
      state.triggers().pop();
      state.setRowCount(rowCount);
    }
  }
}
