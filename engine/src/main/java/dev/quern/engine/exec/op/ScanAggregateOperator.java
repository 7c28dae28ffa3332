package dev.quern.engine.exec.op;

import dev.quern.catalog.codec.RowCodec;
import dev.quern.catalog.codec.RowLayout;
import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.Column;
import dev.quern.catalog.meta.StoredRowCursor;
import dev.quern.catalog.meta.TableStore;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.expr.ColumnExpr;
import dev.quern.engine.plan.AggregateCall;
import dev.quern.engine.plan.AggregateNode;
import dev.quern.engine.plan.TableScanNode;
import dev.quern.engine.store.StoreSession;
import dev.quern.engine.store.TableStores;
import java.util.List;

/**
 * {@code SELECT COUNT(*), SUM(c), MIN(c), MAX(c), AVG(c) ... FROM table} (no GROUP BY, no WHERE,
 * each argument an int, bigint or float column) computed straight from the stored rows: each row's
 * bytes are copied into one reused buffer ({@link StoredRowCursor#stored(byte[])}), the wanted
 * values read from it where {@link RowCodec.Locator} finds them and fed unboxed to the same {@link
 * Accumulator}s {@link AggregateOperator} uses, so results, NULL handling (warning 8153) and
 * overflow errors are that operator's. No {@code Object[]} row, boxed value or array per row: over
 * a whole table those cost more than reading the rows.
 *
 * <p>The rows come from the same transactional scan as {@link TableScanOperator} ({@link
 * TableStore#scanStored}), so locks, isolation and the rows read are the row path's. Anything else
 * (table hints, a non-persisted computed column, DISTINCT, another type or aggregate) makes {@link
 * #of} return null and the plan runs row by row.
 */
final class ScanAggregateOperator implements Operator {
  /** A row's bytes, reused from row to row; grown when a row does not fit. */
  private byte[] buffer = new byte[256];

  private final TableScanNode scan;
  private final StoreSession session;
  private final List<AggregateCall> calls;
  /** Per aggregate: the table column's slot, or -1 for COUNT(*). */
  private final int[] slots;
  /** Per aggregate: its argument's type (null for COUNT(*)). */
  private final TypeId[] types;
  private final Runnable cancelCheck;
  private final Runnable onNullEliminated;
  private boolean done;

  private ScanAggregateOperator(
      TableScanNode scan, StoreSession session, List<AggregateCall> calls, int[] slots, TypeId[] types,
      Runnable cancelCheck, Runnable onNullEliminated) {
    this.scan = scan;
    this.session = session;
    this.calls = calls;
    this.slots = slots;
    this.types = types;
    this.cancelCheck = cancelCheck;
    this.onNullEliminated = onNullEliminated;
  }

  /** The operator for {@code node}, or null when it is not an aggregate this one computes. */
  static ScanAggregateOperator of(
      AggregateNode node, StoreSession session, Runnable cancelCheck, Runnable onNullEliminated) {
    if (!node.keys().isEmpty() || node.groupingSets() != null || !(node.input() instanceof TableScanNode scan)) {
      return null;
    }
    // Hinted reads lock row by row; a non-persisted computed column is computed (its errors
    // included) for every row read: both stay with the row path.
    if (!scan.locks().isNone() || scan.computed().hasVirtual()) {
      return null;
    }
    List<Column> columns = scan.table().columns();
    if (columns.size() != scan.columns().size()) {
      return null;
    }
    List<AggregateCall> calls = node.aggregates();
    int[] slots = new int[calls.size()];
    TypeId[] types = new TypeId[calls.size()];
    for (int i = 0; i < slots.length; i++) {
      AggregateCall call = calls.get(i);
      if (!Accumulator.takesPrimitives(call)) {
        return null;
      }
      slots[i] = -1;
      if (call.arg() == null) {
        continue;
      }
      if (!(call.arg() instanceof ColumnExpr col) || col.index() < 0 || col.index() >= columns.size()) {
        return null;
      }
      Column column = columns.get(col.index());
      if (!column.stored()
          || column.slot() < 0
          || !column.type().equals(col.type())
          || !column.type().equals(scan.columns().get(col.index()).type())
          || !RowCodec.copyable(RowLayout.Slot.of(column.type()))) {
        return null;
      }
      slots[i] = column.slot();
      types[i] = col.type().id();
    }
    return new ScanAggregateOperator(scan, session, calls, slots, types, cancelCheck, onNullEliminated);
  }

  @Override
  public Object[] next() {
    if (done) {
      return null;
    }
    done = true;
    Accumulator[] accumulators = new Accumulator[calls.size()];
    for (int i = 0; i < accumulators.length; i++) {
      accumulators[i] = new Accumulator(calls.get(i));
    }
    consume(accumulators);
    Object[] out = new Object[accumulators.length];
    boolean sawNull = false;
    for (int i = 0; i < out.length; i++) {
      out[i] = accumulators[i].result();
      sawNull |= accumulators[i].sawNull;
    }
    if (sawNull) {
      onNullEliminated.run();
    }
    return out;
  }

  /** Reads every row into the accumulators, opening the scan as TableScanOperator does. */
  private void consume(Accumulator[] accumulators) {
    Catalog catalog = session.storage().catalog(scan.databaseId());
    TableStore rows = TableStores.open(session, catalog, scan.table());
    RowLayout layout = rows.layout();
    boolean readsValues = false;
    for (int slot : slots) {
      // The store's layout is the one rows are read under; the plan's table was checked above.
      if (slot >= 0 && (slot >= layout.size() || !RowCodec.copyable(layout.slots().get(slot)))) {
        throw new IllegalStateException("slot " + slot + " of " + scan.qualifiedName() + " changed under the plan");
      }
      readsValues |= slot >= 0;
    }
    RowCodec.Locator locator = RowCodec.locator(layout);
    StoredRowCursor cursor = session.track(rows.scanStored());
    var io = session.ioOf(scan.databaseId(), scan.table());
    if (io != null) {
      io.opened();
    }
    long n = 0;
    while (cursor.next()) {
      if (readsValues) {
        int length = cursor.stored(buffer);
        if (length > buffer.length) {
          buffer = new byte[Math.max(length, buffer.length * 2)];
          cursor.stored(buffer);
        }
        locator.locate(buffer, length);
        for (int i = 0; i < slots.length; i++) {
          if (slots[i] >= 0) {
            add(accumulators[i], layout, locator, slots[i], types[i]);
          }
        }
      }
      if (io != null) {
        io.read();
      }
      if ((++n & 1023) == 0) {
        cancelCheck.run();
      }
    }
    for (int i = 0; i < slots.length; i++) {
      if (slots[i] < 0) {
        accumulators[i].addRows(n);
      }
    }
  }

  /** Feeds the located row's value of {@code slot} to {@code a}. */
  private void add(Accumulator a, RowLayout layout, RowCodec.Locator locator, int slot, TypeId type) {
    int length = locator.length(slot);
    if (length == RowCodec.Locator.MISSING_SLOT) {
      // A row written before ALTER TABLE ADD: the column's value is the one the ADD gave it.
      addValue(a, layout.slots().get(slot).missingValue());
      return;
    }
    if (length < 0) {
      a.addNull();
      return;
    }
    int at = locator.start(slot);
    switch (type) {
      case INT -> a.addLong(RowCodec.readInt(buffer, at));
      case BIGINT -> a.addLong(RowCodec.readLong(buffer, at));
      case FLOAT -> a.addDouble(Double.longBitsToDouble(RowCodec.readLong(buffer, at)));
      default -> throw new IllegalStateException(type + " is not read unboxed");
    }
  }

  private static void addValue(Accumulator a, Object value) {
    switch (value) {
      case null -> a.addNull();
      case Integer i -> a.addLong(i);
      case Long l -> a.addLong(l);
      case Double d -> a.addDouble(d);
      default -> throw new IllegalStateException("missing value " + value.getClass().getSimpleName());
    }
  }
}
