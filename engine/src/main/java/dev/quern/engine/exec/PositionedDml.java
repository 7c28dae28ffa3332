package dev.quern.engine.exec;

import dev.quern.catalog.meta.Table;
import dev.quern.catalog.meta.TableStore;
import dev.quern.engine.api.ResultSink;
import dev.quern.engine.ast.DeleteStatement;
import dev.quern.engine.ast.PositionedStatement;
import dev.quern.engine.ast.UpdateStatement;
import dev.quern.engine.binder.DmlBinder;
import dev.quern.engine.cursor.CursorRows;
import dev.quern.engine.cursor.ServerCursor;
import dev.quern.engine.cursor.SingleTableQuery;
import dev.quern.engine.error.CursorErrors;
import dev.quern.engine.expr.EvalContext;
import dev.quern.engine.plan.DmlPlan;
import dev.quern.engine.store.ResolvedTable;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * UPDATE … WHERE CURRENT OF and DELETE … WHERE CURRENT OF: the statement changes exactly the row
 * the cursor is on (found again by its store locator), with the same constraints, foreign keys and
 * triggers as any UPDATE or DELETE.
 */
final class PositionedDml {
  private final dev.quern.engine.session.SessionState state;
  private final DmlExecutor dml;

  PositionedDml(dev.quern.engine.session.SessionState state, DmlExecutor dml) {
    this.state = state;
    this.dml = dml;
  }

  void run(PositionedStatement p, DmlBinder binder, Frame frame, ResultSink sink) {
    ServerCursor cursor = state.cursors().find(p.cursor());
    CursorRows rows = cursor.rows(1);
    switch (p.dml()) {
      case UpdateStatement u -> {
        DmlPlan.Update plan = binder.update(u);
        byte[] locator = current(cursor, rows, plan.target());
        checkUpdateList(cursor, u);
        update(plan, locator, binder, frame, sink);
      }
      case DeleteStatement d -> {
        DmlPlan.Delete plan = binder.delete(d);
        delete(plan, current(cursor, rows, plan.target()), binder, frame, sink);
      }
      default -> throw new IllegalStateException("WHERE CURRENT OF ends only UPDATE and DELETE");
    }
  }

  /** The locator of the cursor's row in {@code target}: 16929, 16933 or 16931 when there is none. */
  private byte[] current(ServerCursor cursor, CursorRows rows, ResolvedTable target) {
    if (!cursor.updatable()) {
      throw CursorErrors.READ_ONLY.raise();
    }
    SingleTableQuery q = rows.table();
    if (q.scan().table().id() != target.table().id()
        || state.store().storage().catalog(q.scan().databaseId()) != target.catalog()) {
      throw CursorErrors.TABLE_NOT_IN_CURSOR.raise();
    }
    byte[] locator = rows.locator();
    if (locator == null) {
      throw CursorErrors.NO_CURRENT_ROW.raise();
    }
    return locator;
  }

  /** FOR UPDATE OF columns: only those may be assigned (16932). */
  private static void checkUpdateList(ServerCursor cursor, UpdateStatement u) {
    List<String> allowed = cursor.definition().updateColumns();
    if (allowed == null || allowed.isEmpty()) {
      return;
    }
    Set<String> names = new java.util.HashSet<>();
    allowed.forEach(a -> names.add(a.toLowerCase(Locale.ROOT)));
    for (UpdateStatement.Assignment a : u.assignments()) {
      if (!names.contains(a.column().toLowerCase(Locale.ROOT))) {
        throw CursorErrors.COLUMN_NOT_IN_UPDATE_LIST.raise();
      }
    }
  }

  private void update(DmlPlan.Update p, byte[] locator, DmlBinder binder, Frame frame, ResultSink sink) {
    ResolvedTable t = p.target();
    Table table = t.table();
    TableStore store = dml.open(t);
    Object[] old = store.getForUpdate(locator);
    if (old == null) {
      throw CursorErrors.NO_CURRENT_ROW.raise(); // deleted since it was fetched
    }
    EvalContext ctx = frame.eval;
    EvalContext computing = DmlExecutor.computing(ctx);
    p.computed().fillVirtual(old, computing);
    Object[] row = dml.updatedRow(p, old, old, computing, ctx, "UPDATE");
    long n = dml.firing(t, "UPDATE", DmlExecutor.assignedColumns(table, p.positions()), () -> {
      dml.writeUpdates(t, p.positions(), List.of(locator), List.<Object[]>of(old), List.<Object[]>of(row), binder, "UPDATE");
      return 1;
    });
    dml.done(n, frame, sink);
  }

  private void delete(DmlPlan.Delete p, byte[] locator, DmlBinder binder, Frame frame, ResultSink sink) {
    ResolvedTable t = p.target();
    Object[] old = dml.open(t).getForUpdate(locator);
    if (old == null) {
      throw CursorErrors.NO_CURRENT_ROW.raise();
    }
    p.computed().fillVirtual(old, DmlExecutor.computing(frame.eval));
    long n = dml.firing(t, "DELETE", Set.of(), () -> {
      dml.writeDeletes(t, List.of(locator), List.<Object[]>of(old), binder, "DELETE");
      return 1;
    });
    dml.done(n, frame, sink);
  }
}
