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
import java.util.function.IntSupplier;

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
 *
 * <p>A table of 2 MiB or more (as the store estimates it) is read in key ranges on several
 * threads when the statement may use them (its degree of parallelism, as a parallel whole-table
 * aggregate) and its transaction's reads can be shared ({@link TableStore#scanStoredInParts}: not
 * with its own writes or locking reads); the rows still come out in key order ({@link
 * OrderedPartsScan}). Reading a 1M-row table one row per JNI round trip on one thread was the
 * slowest stage of an external script's call over it.
 */
public final class ColumnarTableScan implements ColumnarSource {
  /**
   * Stored bytes per key range below which a table is read on one thread: splitting it (size
   * estimates, more iterators, hand-offs) would cost about what it saves. As a parallel
   * whole-table aggregate ({@link ScanAggregateOperator#MIN_BYTES_PER_THREAD}).
   */
  private static final long MIN_BYTES_PER_PART = ScanAggregateOperator.MIN_BYTES_PER_THREAD;

  /** Key ranges a parallel scan splits a table into at most (their size bounds what is read ahead). */
  private static final int MAX_PARTS = 256;

  private final TableScanNode node;
  private final StoreSession session;
  /** Per output column: the table column's slot. */
  private final int[] slots;
  private final ColumnBatch.Kind[] kinds;
  /** The statement's degree of parallelism, read when the scan opens. */
  private final IntSupplier degree;
  private final Runnable cancelCheck;
  private StoredRowCursor cursor;
  /** The table read in key ranges on several threads; null when it is read on this one. */
  private OrderedPartsScan parts;
  /** The table's STATISTICS IO counts; null while the option is off. */
  private dev.quern.engine.store.IoStatistics.Counts io;
  private StoredColumnsReader reader;
  private boolean done;

  private ColumnarTableScan(TableScanNode node, StoreSession session, int[] slots, ColumnBatch.Kind[] kinds,
      IntSupplier degree, Runnable cancelCheck) {
    this.node = node;
    this.session = session;
    this.slots = slots;
    this.kinds = kinds;
    this.degree = degree;
    this.cancelCheck = cancelCheck;
  }

  /**
   * The columnar form of {@code root} with {@code width} result columns, or null when it is not a
   * plain read of copyable stored columns of one table. A big table is read in key ranges on up to
   * {@code degree} threads (the statement's degree of parallelism, see {@link OrderedPartsScan})
   * when its transaction's reads can be shared; {@code cancelCheck} runs on each of them.
   */
  public static ColumnarTableScan of(
      PlanNode root, int width, StoreSession session, IntSupplier degree, Runnable cancelCheck) {
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
    return new ColumnarTableScan(scan, session, slots, kinds, degree, cancelCheck);
  }

  @Override
  public int fill(ColumnBatch batch, int max) {
    if (done) {
      return 0;
    }
    if (reader == null) {
      open(batch);
    }
    for (int c = 0; c < kinds.length; c++) {
      if (batch.kind(c) != kinds[c]) {
        throw new IllegalStateException("column " + c + " is " + batch.kind(c) + ", the scan makes " + kinds[c]);
      }
    }
    int k;
    if (parts != null) {
      k = parts.fill(batch, max);
      done = k == 0;
    } else {
      int room = Math.min(max, batch.capacity() - batch.rowCount());
      k = reader.read(cursor, batch, room);
      // The session closes the cursor with the statement, as TableScanOperator's.
      done = k < room;
    }
    if (io != null) {
      for (int i = 0; i < k; i++) {
        io.read();
      }
    }
    return k;
  }

  /**
   * Opens the scan as TableScanOperator does: same store, same transaction, tracked to close; in
   * key ranges when the table is big, the statement may use several threads and the transaction's
   * reads can be shared ({@link TableStore#scanStoredInParts}).
   */
  private void open(ColumnBatch batch) {
    Catalog catalog = session.storage().catalog(node.databaseId());
    TableStore rows = TableStores.open(session, catalog, node.table());
    RowLayout layout = rows.layout();
    for (int slot : slots) {
      // The store's layout is the one rows are read under; the plan's table was checked above.
      if (slot >= layout.size() || !RowCodec.copyable(layout.slots().get(slot))) {
        throw new IllegalStateException("slot " + slot + " of " + node.qualifiedName() + " changed under the plan");
      }
    }
    reader = new StoredColumnsReader(layout, slots, kinds);
    int threads = degree.getAsInt();
    List<StoredRowCursor> cursors = threads > 1
        ? rows.scanStoredInParts(MAX_PARTS, MIN_BYTES_PER_PART)
        : List.of(rows.scanStored());
    if (cursors.size() > 1) {
      parts = new OrderedPartsScan(cursors, batch.columns(),
          () -> new StoredColumnsReader(layout, slots, kinds), cancelCheck, 2 * threads);
      for (int i = 0; i < cursors.size(); i++) {
        session.track(parts.guard(i));
      }
    } else {
      cursor = session.track(cursors.getFirst());
    }
    io = session.ioOf(node.databaseId(), node.table());
    if (io != null) {
      io.opened();
    }
  }
}
