package dev.quern.engine.exec.op;

import dev.quern.catalog.kv.ReadLocks;
import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.IndexCursor;
import dev.quern.catalog.meta.KeyRange;
import dev.quern.catalog.meta.RowCursor;
import dev.quern.catalog.meta.TableStore;
import dev.quern.engine.expr.EvalContext;
import dev.quern.engine.plan.IndexSeekNode;
import dev.quern.engine.store.SeekRanges;
import dev.quern.engine.store.StoreSession;
import dev.quern.engine.store.TableStores;

/**
 * Reads the rows in the seek's key range (equalities, then a range on the next key column), through
 * the index, forwards or backwards.
 */
final class IndexSeekOperator implements Operator {
  private final IndexSeekNode node;
  private final EvalContext ctx;
  private final StoreSession session;
  private RowCursor cursor;
  private boolean empty;
  /** The table's STATISTICS IO counts; null while the option is off. */
  private dev.quern.engine.store.IoStatistics.Counts io;

  IndexSeekOperator(IndexSeekNode node, EvalContext ctx, StoreSession session) {
    this.node = node;
    this.ctx = ctx;
    this.session = session;
    // TABLOCKX locks when the statement runs, whatever the seek finds.
    HintedReads.lockTable(
        node.table().locks(), session, session.storage().catalog(node.table().databaseId()), node.table().table());
  }

  @Override
  public Object[] next() {
    if (empty) {
      return null;
    }
    if (cursor == null) {
      KeyRange range =
          SeekRanges.range(
              node.keys(), end(node.low()), end(node.high()), node.index(), node.table().table(), ctx);
      io = session.ioOf(node.table().databaseId(), node.table().table());
      if (io != null) {
        io.opened();
      }
      if (range == null) {
        empty = true;
        return null;
      }
      Catalog catalog = session.storage().catalog(node.table().databaseId());
      TableStore rows = TableStores.open(session, catalog, node.table().table());
      boolean reverse = node.reverse();
      HintedReads.check(node.table().locks(), rows);
      cursor = session.track(seek(rows, range, reverse));
    }
    if (!cursor.next()) {
      return null;
    }
    if (io != null) {
      io.read(); // the entry; a lookup of its row is a second read
      if (!node.covering() && !node.index().holdsRows()) {
        io.read();
      }
    }
    return node.covering() ? ((IndexCursor) cursor).covered() : cursor.row();
  }

  /** The rows in {@code range}, read under the table hints' locks if there are any. */
  private RowCursor seek(TableStore rows, KeyRange range, boolean reverse) {
    ReadLocks locks = node.table().locks();
    return node.index().holdsRows()
        ? rows.scan(range, reverse, null, locks)
        : rows.seek(node.index(), range, reverse, locks);
  }

  private static SeekRanges.End end(IndexSeekNode.Bound b) {
    return b == null ? null : new SeekRanges.End(b.value(), b.inclusive());
  }
}
