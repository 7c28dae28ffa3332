package dev.quern.engine.exec.op;

import dev.quern.catalog.codec.RowCodec;
import dev.quern.catalog.codec.RowLayout;
import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.Column;
import dev.quern.catalog.meta.StoredRowCursor;
import dev.quern.catalog.meta.TableStore;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.ColumnExpr;
import dev.quern.engine.plan.PlanNode;
import dev.quern.engine.plan.ProjectNode;
import dev.quern.engine.plan.TableScanNode;
import dev.quern.engine.store.StoreSession;
import dev.quern.engine.store.TableStores;
import dev.quern.ext.spi.ColumnBatch;
import java.util.List;

/**
 * {@code SELECT <columns> FROM table} (the table's columns, in any order, no expression, filter or
 * computed column) read straight into a {@link ColumnBatch}: each stored row's wanted values are
 * copied from its bytes, an int, bigint or float into the column's primitive array, character text
 * as the UTF-8 it is stored in, with no {@code Object[]} row, boxed value or String per row. The
 * external-script input over a table is the user: building those objects and taking them apart
 * again cost more than reading the rows.
 *
 * <p>The rows come from the same transactional scan as {@link TableScanOperator} ({@link
 * TableStore#scanStored}), so locks, isolation and the rows read are the row path's. Columns of
 * other types (or LOB-capable ones) make {@link #of} return null and the plan runs row by row.
 */
public final class ColumnarTableScan implements ColumnarSource {
  private final TableScanNode node;
  private final StoreSession session;
  /** Per output column: the table column's slot. */
  private final int[] slots;
  private final ColumnBatch.Kind[] kinds;
  private StoredRowCursor cursor;
  /** The table's STATISTICS IO counts; null while the option is off. */
  private dev.quern.engine.store.IoStatistics.Counts io;
  private RowLayout layout;
  private RowCodec.Locator locator;
  private boolean done;

  private ColumnarTableScan(TableScanNode node, StoreSession session, int[] slots, ColumnBatch.Kind[] kinds) {
    this.node = node;
    this.session = session;
    this.slots = slots;
    this.kinds = kinds;
  }

  /**
   * The columnar form of {@code root} with {@code width} result columns, or null when it is not a
   * plain read of copyable stored columns of one table.
   */
  public static ColumnarTableScan of(PlanNode root, int width, StoreSession session) {
    TableScanNode scan;
    int[] picked;
    if (root instanceof TableScanNode t) {
      scan = t;
      picked = new int[t.columns().size()];
      for (int c = 0; c < picked.length; c++) {
        picked[c] = c;
      }
    } else if (root instanceof ProjectNode p && p.input() instanceof TableScanNode t) {
      scan = t;
      List<BoundExpr> exprs = p.exprs();
      picked = new int[exprs.size()];
      for (int c = 0; c < picked.length; c++) {
        if (!(exprs.get(c) instanceof ColumnExpr col)
            || col.index() < 0
            || col.index() >= t.columns().size()
            || !col.type().equals(t.columns().get(col.index()).type())
            || !col.type().equals(p.columns().get(c).type())) {
          return null;
        }
        picked[c] = col.index();
      }
    } else {
      return null;
    }
    if (!scan.locks().isNone()) {
      return null; // rows read under a hint's locks are locked one by one on the row path
    }
    // A non-persisted computed column is computed for every row read (its errors included), even
    // one the query does not return: that stays with the row path.
    if (picked.length != width || scan.computed().hasVirtual()) {
      return null;
    }
    List<Column> columns = scan.table().columns();
    if (columns.size() != scan.columns().size()) {
      return null;
    }
    int[] slots = new int[width];
    ColumnBatch.Kind[] kinds = new ColumnBatch.Kind[width];
    for (int c = 0; c < width; c++) {
      Column column = columns.get(picked[c]);
      ResultColumn out = scan.columns().get(picked[c]);
      if (!column.stored()
          || column.slot() < 0
          || !RowCodec.copyable(RowLayout.Slot.of(column.type()))
          || !column.type().equals(out.type())) {
        return null;
      }
      slots[c] = column.slot();
      kinds[c] = ColumnBatch.kindOf(out.type());
    }
    return new ColumnarTableScan(scan, session, slots, kinds);
  }

  @Override
  public int fill(ColumnBatch batch, int max) {
    if (done) {
      return 0;
    }
    if (cursor == null) {
      open();
    }
    for (int c = 0; c < kinds.length; c++) {
      if (batch.kind(c) != kinds[c]) {
        throw new IllegalStateException("column " + c + " is " + batch.kind(c) + ", the scan makes " + kinds[c]);
      }
    }
    int r0 = batch.rowCount();
    int room = Math.min(max, batch.capacity() - r0);
    int k = 0;
    while (k < room) {
      if (!cursor.next()) {
        done = true; // the session closes the cursor with the statement, as TableScanOperator's
        break;
      }
      byte[] row = cursor.stored();
      locator.locate(row);
      int r = r0 + k;
      for (int c = 0; c < slots.length; c++) {
        int slot = slots[c];
        int len = locator.length(slot);
        if (len < 0) {
          batch.set(c, r, len == RowCodec.Locator.MISSING_SLOT ? layout.slots().get(slot).missingValue() : null);
          continue;
        }
        int at = locator.start(slot);
        switch (kinds[c]) {
          case INT -> batch.ints(c)[r] = RowCodec.readInt(row, at);
          case BIGINT -> batch.longs(c)[r] = RowCodec.readLong(row, at);
          case FLOAT -> batch.doubles(c)[r] = Double.longBitsToDouble(RowCodec.readLong(row, at));
          case TEXT -> batch.setUtf8(c, r, row, at, len);
          case OBJECT -> throw new IllegalStateException("column " + c + " is not copyable");
        }
      }
      k++;
    }
    batch.grow(k);
    if (io != null) {
      for (int i = 0; i < k; i++) {
        io.read();
      }
    }
    return k;
  }

  /** Opens the scan as TableScanOperator does: same store, same transaction, tracked to close. */
  private void open() {
    Catalog catalog = session.storage().catalog(node.databaseId());
    TableStore rows = TableStores.open(session, catalog, node.table());
    layout = rows.layout();
    for (int slot : slots) {
      // The store's layout is the one rows are read under; the plan's table was checked above.
      if (slot >= layout.size() || !RowCodec.copyable(layout.slots().get(slot))) {
        throw new IllegalStateException("slot " + slot + " of " + node.qualifiedName() + " changed under the plan");
      }
    }
    locator = RowCodec.locator(layout);
    cursor = session.track(rows.scanStored());
    io = session.ioOf(node.databaseId(), node.table());
    if (io != null) {
      io.opened();
    }
  }
}
