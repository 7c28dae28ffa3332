package dev.quern.engine.exec.op;

import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.IndexCursor;
import dev.quern.catalog.meta.KeyRange;
import dev.quern.catalog.meta.RowCursor;
import dev.quern.catalog.meta.TableStore;
import dev.quern.engine.error.SqlErrors;
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
      KeyRange range =
          SeekRanges.range(
              node.keys(), end(node.low()), end(node.high()), node.index(), node.table().table(), ctx);
      if (range == null) {
        empty = true;
        return null;
      }
      Catalog catalog = session.storage().catalog(node.table().databaseId());
      TableStore rows = TableStores.open(session, catalog, node.table().table());
      boolean reverse = node.reverse();
      cursor = session.track(node.table().updateLocks() ? lockingSeek(rows, range, reverse) : seek(rows, range, reverse));
    }
    if (!cursor.next()) {
      return null;
    }
    return node.covering() ? ((IndexCursor) cursor).covered() : cursor.row();
  }

  private RowCursor seek(TableStore rows, KeyRange range, boolean reverse) {
    return node.index().holdsRows() ? rows.scan(range, reverse) : rows.seek(node.index(), range, reverse);
  }

  /**
   * As UPDATE reads: each row locked exclusively until the transaction ends (UPDLOCK, XLOCK); with
   * HOLDLOCK the one primary key looked up is locked whether or not its row exists.
   */
  private RowCursor lockingSeek(TableStore rows, KeyRange range, boolean reverse) {
    if (node.table().holdLock()) {
      RowCursor key = node.index().holdsRows() ? rows.lockedKeyRead(range) : null;
      if (key == null) {
        // Not one key of the clustered primary key: that would need range locks, not given.
        throw SqlErrors.OPTION_NOT_SUPPORTED.raise("HOLDLOCK");
      }
      return key;
    }
    return node.index().holdsRows()
        ? rows.scanForUpdate(range, reverse)
        : rows.seekForUpdate(node.index(), range, reverse);
  }

  private static SeekRanges.End end(IndexSeekNode.Bound b) {
    return b == null ? null : new SeekRanges.End(b.value(), b.inclusive());
  }
}
