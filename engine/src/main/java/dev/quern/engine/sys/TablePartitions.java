package dev.quern.engine.sys;

import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.Metadata;
import dev.quern.catalog.meta.PartitionFunction;
import dev.quern.catalog.meta.RowCursor;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.meta.TableStore;
import dev.quern.catalog.meta.TablePartitioning.Placement;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.TableStores;
import java.util.BitSet;

/**
 * The partitions of a table's heap or index as sys.partitions and sys.dm_db_partition_stats show
 * them. Partitions are logical in Quern (every index keeps one key range), so an unpartitioned
 * index has one partition and a partitioned one its function's fanout, each row counted in the
 * partition its partitioning column's value falls in (read in the session's transaction).
 * partition 1 keeps the index's data id as partition_id and hobt_id (what sys.allocation_units
 * names); partition n adds (n - 1) above bit 48, past any data id the store hands out.
 */
final class TablePartitions {
  private TablePartitions() {}

  /** The placement of index {@code i} of {@code t}, or null when it is on PRIMARY. */
  static Placement placement(Metadata m, Table t, Index i) {
    return m.partitions().table(t.id()).flatMap(p -> p.of(i.indexId())).orElse(null);
  }

  /** The function partitioning by {@code p}. */
  static PartitionFunction function(SessionState session, Metadata m, Placement p) {
    int functionId = m.partitions().scheme(session.databaseId(), p.schemeId()).orElseThrow().functionId();
    return m.partitions().function(session.databaseId(), functionId).orElseThrow();
  }

  /**
   * The rows of each partition of index {@code i} (index 0 is partition 1): {@code rows}, the
   * table's count, alone when the index is not partitioned.
   */
  static long[] rowCounts(SessionState session, Metadata m, Table t, Index i, long rows) {
    Placement p = placement(m, t, i);
    return p == null ? new long[] {rows} : rowCounts(session, t, p, function(session, m, p));
  }

  /** Partition {@code n}'s share (from 1) of an index's {@code pages}, by its rows. */
  static long pages(long pages, long[] counts, long rows, int n) {
    if (counts.length == 1) {
      return pages;
    }
    return rows == 0 ? 0 : (pages * counts[n - 1] + rows - 1) / rows;
  }

  static long partitionId(Index i, int partitionNumber) {
    return i.dataId() + ((long) (partitionNumber - 1) << 48);
  }

  /** The rows of each partition (index 0 is partition 1) of {@code t} under placement {@code p}. */
  static long[] rowCounts(SessionState session, Table t, Placement p, PartitionFunction f) {
    long[] counts = new long[f.fanout()];
    Catalog catalog = session.store().storage().catalog(session.databaseId());
    int position = t.position(p.columnId());
    BitSet column = new BitSet();
    column.set(position);
    session.store().beginStatement();
    try {
      TableStore store = TableStores.open(session.store(), catalog, t);
      try (RowCursor c = store.scan(dev.quern.catalog.meta.KeyRange.ALL, false, column)) {
        while (c.next()) {
          counts[f.partitionOf(c.row()[position]) - 1]++;
        }
      }
    } finally {
      session.store().endStatement(true);
    }
    return counts;
  }
}
