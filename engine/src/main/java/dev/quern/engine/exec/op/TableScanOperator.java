package dev.quern.engine.exec.op;

import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.KeyRange;
import dev.quern.catalog.meta.RowCursor;
import dev.quern.catalog.meta.TableStore;
import dev.quern.engine.plan.TableScanNode;
import dev.quern.engine.store.StoreSession;
import dev.quern.engine.store.TableStores;

/** Streams a table's rows in its row index's order, in the running statement's transaction. */
final class TableScanOperator implements Operator {
  private final TableScanNode node;
  private final StoreSession session;
  private RowCursor cursor;
  /** The table's STATISTICS IO counts; null while the option is off. */
  private dev.quern.engine.store.IoStatistics.Counts io;

  TableScanOperator(TableScanNode node, StoreSession session) {
    this.node = node;
    this.session = session;
    // TABLOCKX locks when the statement runs, read or not (SELECT TOP (0) … WITH (TABLOCKX) locks).
    HintedReads.lockTable(node.locks(), session, session.storage().catalog(node.databaseId()), node.table());
  }

  @Override
  public Object[] next() {
    if (cursor == null) {
      Catalog catalog = session.storage().catalog(node.databaseId());
      TableStore rows = TableStores.open(session, catalog, node.table());
      HintedReads.check(node.locks(), rows);
      cursor = session.track(rows.scan(KeyRange.ALL, false, node.read(), node.locks()));
      io = session.ioOf(node.databaseId(), node.table());
      if (io != null) {
        io.opened();
      }
    }
    if (!cursor.next()) {
      return null;
    }
    if (io != null) {
      io.read();
    }
    return cursor.row();
  }
}
