package dev.quern.engine.cursor;

import dev.quern.engine.exec.op.OperatorBuilder;
import dev.quern.engine.plan.QueryPlan;
import dev.quern.engine.store.StoreSession;

/**
 * Opens a cursor over its bound query: a KEYSET cursor keeps its rows' keys, a DYNAMIC or
 * FAST_FORWARD one reads as it goes, when the query reads one table ({@link SingleTableQuery});
 * otherwise, and for STATIC/INSENSITIVE, the rows are copied now. A cursor made static although
 * another kind was asked is "converted" (TYPE_WARNING's 16956; positioned changes refused), as SQL
 * Server's implicit cursor conversions do.
 */
public final class CursorOpening {
  private CursorOpening() {}

  /** Opens {@code cursor} over {@code plan}; returns whether it was converted to a static one. */
  public static boolean open(ServerCursor cursor, QueryPlan plan, StoreSession store, Runnable cancelCheck) {
    String kind = cursor.kind().kind();
    SingleTableQuery single = kind.equals("STATIC") ? null : SingleTableQuery.of(plan);
    CursorRows rows;
    if (single != null && kind.equals("KEYSET")) {
      rows = new KeysetRows(single, store, cursor.context(), cancelCheck);
    } else if (single != null) {
      rows = new DynamicRows(single, store, cursor.context());
    } else {
      var op = new OperatorBuilder(cursor.context(), cancelCheck, () -> {}).build(plan.root());
      rows = new StaticRows(op, plan.columns().size(), cancelCheck);
    }
    boolean converted = single == null && !kind.equals("STATIC");
    cursor.opened(rows, plan.columns(), converted);
    return converted;
  }
}
