package dev.quern.engine.exec;

import dev.quern.catalog.meta.Column;
import dev.quern.catalog.meta.IndexKind;
import dev.quern.catalog.meta.KeyRange;
import dev.quern.catalog.meta.Metadata;
import dev.quern.catalog.meta.PartitionFunction;
import dev.quern.catalog.meta.RowCursor;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.meta.TablePartitioning.Placement;
import dev.quern.catalog.meta.TableStore;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.api.ResultSink;
import dev.quern.engine.ast.AlterTableStatement;
import dev.quern.engine.error.PartitionErrors;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.ObjectNames;
import dev.quern.engine.store.ResolvedTable;
import dev.quern.engine.store.TableStores;
import java.util.ArrayList;
import java.util.List;

/**
 * ALTER TABLE source SWITCH [PARTITION n] TO target [PARTITION m] ("Transferring data efficiently
 * by using partition switching"): the rows of the source (or of its partition n) move to the
 * target (or its partition m), which must be empty (4905, 4904). The tables must have the same
 * columns, in order, of the same types and nullability (4943, 4942, 4944, 4985), both a heap or
 * both clustered (4913), neither change-tracked (4900); a partitioned side needs its partition
 * number (4911), one not partitioned ignores it (4903). Between two partitioned tables the source
 * partition's range must lie within the target's (4973). Partitions being logical in Quern, the
 * rows are moved (deleted and inserted, their index entries with them) in the statement's
 * transaction, not re-pointed. Moving rows into a partition, Quern checks the rows themselves
 * fall in its range (4982); SQL Server requires a trusted CHECK constraint that proves it.
 */
final class PartitionSwitch {
  private final SessionState state;

  PartitionSwitch(SessionState state) {
    this.state = state;
  }

  /** One side of the switch: its table, its placement (null: not partitioned) and partition. */
  private record Side(ResolvedTable t, Placement placement, PartitionFunction function, int partition) {
    String name() {
      return t.fullyQualified();
    }

    boolean holds(Object value) {
      return placement == null || function.partitionOf(value) == partition;
    }
  }

  void run(ResolvedTable source, AlterTableStatement.Switch s, ResultSink sink) {
    ResolvedTable target = ObjectNames.table(state.store(), state.databaseName(), s.target())
        .orElseThrow(() -> SqlErrors.INVALID_OBJECT.raise(String.join(".", s.target())));
    if (target.table().id() == source.table().id()) {
      throw PartitionErrors.SWITCH_SAME_TABLE.raise(source.fullyQualified(), target.fullyQualified());
    }
    if (dev.quern.engine.indexedview.IndexedViews.readBy(state, source) || dev.quern.engine.indexedview.IndexedViews.readBy(state, target)) {
      // The rows switched would bypass the maintenance of the view's stored rows: refused, not left stale.
      throw SqlErrors.OPTION_NOT_SUPPORTED.raise("SWITCH");
    }
    checkColumns(source, target);
    checkShape(source, target);
    Side from = side(source, s.sourcePartition(), 1, sink);
    Side to = side(target, s.targetPartition(), 2, sink);
    if (from.placement() != null && to.placement() != null && !within(from, to)) {
      throw PartitionErrors.SWITCH_RANGE_NOT_SUBSET.raise(from.partition(), from.name(), to.partition(), to.name());
    }
    TableStore targetRows = TableStores.openForWrite(state.store(), target.catalog(), target.table());
    int targetColumn = to.placement() == null ? -1 : target.table().position(to.placement().columnId());
    try (RowCursor c = targetRows.scan(KeyRange.ALL, false)) {
      while (c.next()) {
        if (to.placement() == null) {
          throw PartitionErrors.SWITCH_TARGET_NOT_EMPTY.raise(to.name());
        }
        if (to.holds(c.row()[targetColumn])) {
          throw PartitionErrors.SWITCH_TARGET_PARTITION_NOT_EMPTY.raise(to.partition(), to.name());
        }
      }
    }
    move(from, to, targetRows);
  }

  /** Deletes the source partition's rows and inserts them into the target. */
  private void move(Side from, Side to, TableStore targetRows) {
    TableStore sourceRows = TableStores.openForWrite(state.store(), from.t().catalog(), from.t().table());
    int sourceColumn = from.placement() == null ? -1 : from.t().table().position(from.placement().columnId());
    int targetColumn = to.placement() == null ? -1 : to.t().table().position(to.placement().columnId());
    List<byte[]> locators = new ArrayList<>();
    List<Object[]> rows = new ArrayList<>();
    try (RowCursor c = sourceRows.scan(KeyRange.ALL, false)) {
      while (c.next()) {
        Object[] row = c.row();
        if (from.placement() != null && !from.holds(row[sourceColumn])) {
          continue;
        }
        if (to.placement() != null && !to.holds(row[targetColumn])) {
          throw PartitionErrors.SWITCH_SOURCE_OUTSIDE_RANGE.raise(from.name(), to.partition(), to.name());
        }
        locators.add(c.locator());
        rows.add(row);
      }
    }
    locators.forEach(sourceRows::delete);
    rows.forEach(targetRows::insert);
  }

  /** A side's partitioning and the partition number it names (checked against it). */
  private Side side(ResolvedTable t, Long number, int state4911, ResultSink sink) {
    Metadata m = state.store().metadata(t.catalog());
    Placement p = m.partitions().table(t.table().id()).flatMap(x -> x.of(t.table().rowIndex().indexId()))
        .orElse(null);
    if (m.changeTracking(t.table().id()) != null) {
      throw PartitionErrors.SWITCH_CHANGE_TRACKED.raiseWithState(3 - state4911, t.fullyQualified());
    }
    if (p == null) {
      if (number != null) {
        sink.message(PartitionErrors.SWITCH_PARTITION_IGNORED.message(number, t.fullyQualified()));
      }
      return new Side(t, null, null, 1);
    }
    if (number == null) {
      throw PartitionErrors.SWITCH_PARTITION_REQUIRED.raiseWithState(state4911, t.fullyQualified());
    }
    int functionId = m.partitions().scheme(t.database().id(), p.schemeId()).orElseThrow().functionId();
    PartitionFunction f = m.partitions().function(t.database().id(), functionId).orElseThrow();
    if (number < 1 || number > f.fanout()) {
      throw PartitionErrors.SWITCH_NO_SUCH_PARTITION.raise(number, t.fullyQualified());
    }
    return new Side(t, p, f, number.intValue());
  }

  /** Whether the source partition's range lies within the target partition's. */
  private static boolean within(Side from, Side to) {
    Object[] a = bounds(from);
    Object[] b = bounds(to);
    PartitionFunction f = to.function();
    boolean lowOk = b[0] == null || a[0] != null && f.compare(a[0], b[0]) >= 0;
    boolean highOk = b[1] == null || a[1] != null && f.compare(a[1], b[1]) <= 0;
    return from.function().rangeRight() == to.function().rangeRight() && lowOk && highOk;
  }

  /** The boundaries below and above a partition (null: unbounded that side). */
  private static Object[] bounds(Side s) {
    List<Object> b = s.function().boundaries();
    int n = s.partition();
    return new Object[] {n >= 2 ? b.get(n - 2) : null, n <= b.size() ? b.get(n - 1) : null};
  }

  private static void checkColumns(ResolvedTable source, ResolvedTable target) {
    List<Column> a = source.table().columns();
    List<Column> b = target.table().columns();
    if (a.size() != b.size()) {
      throw PartitionErrors.SWITCH_COLUMN_COUNT.raise(
          source.fullyQualified(), a.size(), target.fullyQualified(), b.size());
    }
    for (int i = 0; i < a.size(); i++) {
      Column x = a.get(i);
      Column y = b.get(i);
      if (!x.name().equalsIgnoreCase(y.name())) {
        throw PartitionErrors.SWITCH_COLUMN_NAME.raise(
            x.name(), i + 1, source.fullyQualified(), y.name(), target.fullyQualified());
      }
      if (!x.type().equals(y.type())) {
        throw PartitionErrors.SWITCH_COLUMN_TYPE.raise(x.name(), SqlTypes.sqlName(x.type()),
            source.fullyQualified(), SqlTypes.sqlName(y.type()), target.fullyQualified());
      }
      if (x.nullable() != y.nullable()) {
        throw PartitionErrors.SWITCH_COLUMN_NULLABILITY.raise(x.name(), source.fullyQualified(), target.fullyQualified());
      }
    }
  }

  /**
   * Both tables a heap, or both clustered (4913: state 1 when the source is, 2 when the target is);
   * a clustered columnstore is a clustered index here.
   */
  private static void checkShape(ResolvedTable source, ResolvedTable target) {
    Table a = source.table();
    Table b = target.table();
    boolean ac = a.rowIndex().kind() != IndexKind.HEAP;
    boolean bc = b.rowIndex().kind() != IndexKind.HEAP;
    if (ac && !bc) {
      throw PartitionErrors.SWITCH_CLUSTERED_MISMATCH.raiseWithState(
          1, source.fullyQualified(), a.rowIndex().name(), target.fullyQualified());
    }
    if (bc && !ac) {
      throw PartitionErrors.SWITCH_CLUSTERED_MISMATCH.raiseWithState(
          2, target.fullyQualified(), b.rowIndex().name(), source.fullyQualified());
    }
  }
}
