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
import java.util.function.IntSupplier;

/**
 * {@code SELECT COUNT(*), SUM(c), MIN(c), MAX(c), AVG(c) ... FROM table} (no GROUP BY, no WHERE,
 * each argument an int, bigint or float column) computed straight from the stored rows ({@link
 * StoredRowAggregation}): values read unboxed from each row's bytes and fed to the same {@link
 * Accumulator}s {@link AggregateOperator} uses, so results, NULL handling (warning 8153) and
 * overflow errors are that operator's. No {@code Object[]} row, boxed value or array per row: over
 * a whole table those cost more than reading the rows.
 *
 * <p>The rows come from the same transactional scan as {@link TableScanOperator} ({@link
 * TableStore#scanStored}), so locks, isolation and the rows read are the row path's. Anything else
 * (table hints, a non-persisted computed column, DISTINCT, another type or aggregate) makes {@link
 * #of} return null and the plan runs row by row.
 *
 * <p>A table of at least twice {@link #MIN_BYTES_PER_THREAD} is read in key ranges on up to the
 * statement's degree of parallelism threads, all at the statement's snapshot, with partial
 * aggregates merged ({@link GatherStreams}), unless its transaction's reads cannot be shared: its
 * own uncommitted writes, or reads that lock (REPEATABLE READ, SERIALIZABLE; hints already keep
 * the row path). Merging changes what overflows only where SQL Server's parallel plans do too: a
 * range's partial SUM past its type raises 8115 even when the whole would have come back in range
 * (and a SUM(int) whose running total left int's range only for a while may then not raise);
 * a float SUM adds in another order, so it may differ from the serial sum in its last bits.
 */
final class ScanAggregateOperator implements Operator {
  /**
   * The stored bytes (as the store estimates them, compressed in its files) each thread of a
   * parallel scan gets at least. A table under twice this (2 MB: some 75 000 rows of four small
   * columns, read by one thread in a few milliseconds) is read by one thread, as splitting it
   * (size estimates, a second iterator, a thread hand-off: a fraction of a millisecond) would save
   * little and take a processor from other sessions.
   */
  static final long MIN_BYTES_PER_THREAD = 1L << 20;

  private final TableScanNode scan;
  private final StoreSession session;
  private final List<AggregateCall> calls;
  /** Per aggregate: the table column's slot, or -1 for COUNT(*). */
  private final int[] slots;
  /** Per aggregate: its argument's type (null for COUNT(*)). */
  private final TypeId[] types;
  /** The most threads the scan may use (the statement's degree of parallelism; 1: serial). */
  private final IntSupplier degree;
  private final Runnable cancelCheck;
  private final Runnable onNullEliminated;
  private boolean done;

  private ScanAggregateOperator(
      TableScanNode scan, StoreSession session, List<AggregateCall> calls, int[] slots, TypeId[] types,
      IntSupplier degree, Runnable cancelCheck, Runnable onNullEliminated) {
    this.scan = scan;
    this.session = session;
    this.calls = calls;
    this.slots = slots;
    this.types = types;
    this.degree = degree;
    this.cancelCheck = cancelCheck;
    this.onNullEliminated = onNullEliminated;
  }

  /** The operator for {@code node}, or null when it is not an aggregate this one computes. */
  static ScanAggregateOperator of(
      AggregateNode node, StoreSession session, IntSupplier degree, Runnable cancelCheck, Runnable onNullEliminated) {
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
    return new ScanAggregateOperator(scan, session, calls, slots, types, degree, cancelCheck, onNullEliminated);
  }

  @Override
  public Object[] next() {
    if (done) {
      return null;
    }
    done = true;
    Accumulator[] accumulators = consume();
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

  private Accumulator[] accumulators() {
    Accumulator[] accumulators = new Accumulator[calls.size()];
    for (int i = 0; i < accumulators.length; i++) {
      accumulators[i] = new Accumulator(calls.get(i));
    }
    return accumulators;
  }

  /**
   * Reads every row into accumulators, opening the scan as TableScanOperator does: in key ranges
   * on up to {@link #degree} threads when the table is big enough and its transaction's reads can
   * be shared ({@link TableStore#scanStoredInParts}), else on this thread.
   */
  private Accumulator[] consume() {
    Catalog catalog = session.storage().catalog(scan.databaseId());
    TableStore rows = TableStores.open(session, catalog, scan.table());
    RowLayout layout = rows.layout();
    for (int slot : slots) {
      // The store's layout is the one rows are read under; the plan's table was checked above.
      if (slot >= 0 && (slot >= layout.size() || !RowCodec.copyable(layout.slots().get(slot)))) {
        throw new IllegalStateException("slot " + slot + " of " + scan.qualifiedName() + " changed under the plan");
      }
    }
    List<StoredRowCursor> cursors = rows.scanStoredInParts(degree.getAsInt(), MIN_BYTES_PER_THREAD);
    cursors.forEach(session::track);
    var io = session.ioOf(scan.databaseId(), scan.table());
    if (cursors.size() == 1) {
      Accumulator[] accumulators = accumulators();
      StoredRowAggregation reader = new StoredRowAggregation(layout, slots, types);
      try {
        reader.consume(cursors.getFirst(), accumulators, cancelCheck);
      } finally {
        counted(io, reader.rows());
      }
      return accumulators;
    }
    return GatherStreams.run(
        cursors, () -> new StoredRowAggregation(layout, slots, types), this::accumulators, cancelCheck,
        n -> counted(io, n));
  }

  /** SET STATISTICS IO's counts of one scan (one per range of a parallel scan) of {@code n} rows. */
  private static void counted(dev.quern.engine.store.IoStatistics.Counts io, long n) {
    if (io != null) {
      io.opened();
      io.read(n);
    }
  }
}
