package dev.quern.engine.exec.op;

import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.KeyRange;
import dev.quern.catalog.meta.RowCursor;
import dev.quern.catalog.meta.TableStore;
import dev.quern.engine.expr.EvalContext;
import dev.quern.engine.plan.IndexSeekNode;
import dev.quern.engine.store.KeyValues;
import dev.quern.engine.store.StoreSession;
import dev.quern.engine.store.TableStores;

/** Reads the rows whose leading key columns equal the seek values, through the index. */
final class IndexSeekOperator implements Operator {
  private final IndexSeekNode node;
  private final EvalContext ctx;
  private final StoreSession session;
  private RowCursor cursor;
  private boolean empty;

  IndexSeekOperator(IndexSeekNode node, EvalContext ctx, StoreSession session) {
    this.node = node;
    this.ctx = ctx;
    this.session = session;
  }

  @Override
  public Object[] next() {
    if (empty) {
      return null;
    }
    if (cursor == null) {
      ctx.row = null;
      Object[] keys = KeyValues.evaluate(node.keys(), node.index(), node.table().table(), ctx);
      if (keys == null) {
        empty = true;
        return null;
      }
      Catalog catalog = session.storage().catalog(node.table().databaseId());
      TableStore rows = TableStores.open(session, catalog, node.table().table());
      KeyRange range = KeyRange.equalTo(keys);
      cursor =
          session.track(
              node.index().holdsRows() ? rows.scan(range, false) : rows.seek(node.index(), range, false));
    }
    return cursor.next() ? cursor.row() : null;
  }
}
