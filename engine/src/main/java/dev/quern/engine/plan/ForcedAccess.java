package dev.quern.engine.plan;

import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.Table;
import java.util.List;

/**
 * How a table's hints force it to be read ("Table hints (Transact-SQL)"), resolved against the
 * table: {@code indexes} the INDEX hint's indexes (INDEX(1) is the clustered index), {@code
 * rowScan} INDEX(0) (a scan of the heap or clustered index, never a seek), {@code forceSeek} with
 * its {@code seekIndex} (null: any index) and the number of its leading key columns the seek must
 * use ({@code seekColumns}), and {@code forceScan}. The optimizer's rules read tables only the
 * ways these allow; the results never change, only the plan.
 */
public record ForcedAccess(
    List<Index> indexes, boolean rowScan, boolean forceSeek, Index seekIndex, int seekColumns, boolean forceScan) {
  public ForcedAccess {
    indexes = List.copyOf(indexes);
  }

  /** Whether an index is named: INDEX(…) other than INDEX(0), or FORCESEEK (index (…)). */
  public boolean forcesIndex() {
    return !indexes.isEmpty() || seekIndex != null;
  }

  /** Whether the table may be read through {@code index} (a seek or an ordered scan of it). */
  public boolean permits(Index index) {
    if (seekIndex != null) {
      return seekIndex.indexId() == index.indexId();
    }
    if (!indexes.isEmpty()) {
      return indexes.stream().anyMatch(i -> i.indexId() == index.indexId());
    }
    return !rowScan || index.holdsRows();
  }

  /** Whether a seek may be used at all (FORCESCAN and INDEX(0) read the whole index). */
  public boolean allowsSeek() {
    return !forceScan && !rowScan;
  }

  /** The indexes of {@code table} a seek may use. */
  public List<Index> seekable(Table table) {
    return allowsSeek() ? table.indexes().stream().filter(this::permits).toList() : List.of();
  }

  /**
   * The nonclustered index a read without a seek must scan (the first the INDEX hint names), or
   * null when the read scans the rows themselves (heap or clustered index).
   */
  public Index scannedIndex() {
    Index first = seekIndex != null ? seekIndex : indexes.isEmpty() ? null : indexes.getFirst();
    return first == null || first.holdsRows() ? null : first;
  }
}
