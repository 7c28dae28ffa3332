package dev.quern.engine.cursor;

import dev.quern.catalog.meta.RowCursor;
import dev.quern.catalog.meta.TableStore;
import dev.quern.engine.expr.EvalContext;
import dev.quern.engine.store.StoreSession;
import java.util.ArrayList;
import java.util.List;

/**
 * A KEYSET cursor's rows: which rows and in what order is fixed at OPEN (their store locators are
 * kept, SQL Server's keyset), their values are read again at each FETCH: a row changed since is
 * seen changed, a row deleted since gives @@FETCH_STATUS -2, rows inserted since are not seen.
 */
final class KeysetRows extends IndexedRows {
  private final SingleTableQuery query;
  private final StoreSession store;
  private final EvalContext ctx;
  private final List<byte[]> keys = new ArrayList<>();

  KeysetRows(SingleTableQuery query, StoreSession store, EvalContext ctx, Runnable cancelCheck) {
    this.query = query;
    this.store = store;
    this.ctx = ctx;
    TableStore rows = query.open(store);
    dev.quern.catalog.meta.KeyRange range = query.range(ctx);
    if (range == null) {
      return; // no row can match (a seek on NULL)
    }
    try (RowCursor c = rows.scan(range, query.reverse())) {
      while (c.next()) {
        cancelCheck.run();
        if (query.matches(c.row(), ctx)) {
          keys.add(c.locator());
        }
      }
    }
  }

  @Override
  int size() {
    return keys.size();
  }

  @Override
  Object[] rowAt(int i) {
    Object[] row = query.open(store).get(keys.get(i));
    if (row == null) {
      return null;
    }
    query.matches(row, ctx); // fills its computed columns; membership was decided at OPEN
    return query.project(row, ctx);
  }

  @Override
  byte[] locatorAt(int i) {
    return keys.get(i);
  }

  @Override
  public SingleTableQuery table() {
    return query;
  }
}
