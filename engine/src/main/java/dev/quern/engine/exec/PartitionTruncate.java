package dev.quern.engine.exec;

import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.KeyRange;
import dev.quern.catalog.meta.Metadata;
import dev.quern.catalog.meta.PartitionFunction;
import dev.quern.catalog.meta.RowCursor;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.meta.TablePartitioning.Placement;
import dev.quern.catalog.meta.TableStore;
import dev.quern.engine.ast.TruncateTableStatement;
import dev.quern.engine.ast.TruncateTableStatement.PartitionRange;
import dev.quern.engine.error.PartitionErrors;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.ResolvedTable;
import dev.quern.engine.store.TableStores;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * TRUNCATE TABLE … WITH (PARTITIONS (…)) ("TRUNCATE TABLE (Transact-SQL)"): removes the rows of
 * the partitions named, numbers checked against the table's function (7722, 7728, 7711) and every
 * index aligned with the table (3756, 4716). Partitions are logical in Quern, so it deletes those
 * rows one by one (with their index entries) in the statement's transaction, instead of dropping
 * the partitions' storage; as TRUNCATE, it fires no triggers and keeps the identity counter.
 */
final class PartitionTruncate {
  private final SessionState state;

  PartitionTruncate(SessionState state) {
    this.state = state;
  }

  void run(ResolvedTable t, TruncateTableStatement s) {
    Table table = t.table();
    Metadata m = state.store().metadata(t.catalog());
    int databaseId = t.database().id();
    Placement rows = m.partitions().table(table.id()).flatMap(p -> p.of(table.rowIndex().indexId())).orElse(null);
    if (rows == null) {
      throw PartitionErrors.TRUNCATE_UNPARTITIONED.raise(table.name());
    }
    PartitionFunction f = function(m, databaseId, rows);
    checkAligned(m, databaseId, table, rows, f);
    BitSet chosen = chosen(s.partitions(), table.name(), f.fanout());
    int position = table.position(rows.columnId());
    TableStore store = TableStores.openForWrite(state.store(), t.catalog(), table);
    List<byte[]> doomed = new ArrayList<>();
    try (RowCursor c = store.scan(KeyRange.ALL, false)) {
      while (c.next()) {
        if (chosen.get(f.partitionOf(c.row()[position]))) {
          doomed.add(c.locator());
        }
      }
    }
    // Deleted after the scan: a cursor over the rows never sees its own deletions.
    doomed.forEach(store::delete);
  }

  /** The partition numbers named, as bits; each one must exist and be named once. */
  private static BitSet chosen(List<PartitionRange> ranges, String table, int fanout) {
    BitSet out = new BitSet();
    for (PartitionRange r : ranges) {
      for (long n : new long[] {r.from(), r.to()}) {
        if (n < 1 || n > fanout) {
          throw PartitionErrors.INVALID_PARTITION_NUMBER.raise(n, table, fanout);
        }
      }
      if (r.from() > r.to()) {
        throw PartitionErrors.INVALID_PARTITION_RANGE.raise(r.from(), r.to());
      }
      for (int n = (int) r.from(); n <= r.to(); n++) {
        if (out.get(n)) {
          throw PartitionErrors.PARTITIONS_REPEATED.raise();
        }
        out.set(n);
      }
    }
    return out;
  }

  /** Every index must be partitioned as the table: an equivalent function on the same column. */
  private static void checkAligned(Metadata m, int databaseId, Table table, Placement rows, PartitionFunction f) {
    for (Index i : table.indexes()) {
      Placement p = m.partitions().table(table.id()).flatMap(x -> x.of(i.indexId())).orElse(null);
      if (p == null || !equivalent(f, function(m, databaseId, p))) {
        throw PartitionErrors.TRUNCATE_UNALIGNED_INDEX.raise(i.name(), table.name(), f.name());
      }
      if (p.columnId() != rows.columnId()) {
        throw PartitionErrors.TRUNCATE_COLUMN_DIFFERS.raise(table.name(), i.name());
      }
    }
  }

  private static boolean equivalent(PartitionFunction a, PartitionFunction b) {
    return a.functionId() == b.functionId() || a.parameterType().equals(b.parameterType())
        && a.rangeRight() == b.rangeRight() && a.boundaries().size() == b.boundaries().size()
        && java.util.stream.IntStream.range(0, a.boundaries().size())
            .allMatch(k -> a.compare(a.boundaries().get(k), b.boundaries().get(k)) == 0);
  }

  private static PartitionFunction function(Metadata m, int databaseId, Placement p) {
    int functionId = m.partitions().scheme(databaseId, p.schemeId()).orElseThrow().functionId();
    return m.partitions().function(databaseId, functionId).orElseThrow();
  }
}
