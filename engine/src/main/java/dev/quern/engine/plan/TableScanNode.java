package dev.quern.engine.plan;

import dev.quern.catalog.kv.ReadLocks;
import dev.quern.catalog.meta.Table;
import dev.quern.engine.ast.LockHints;
import dev.quern.engine.api.ResultColumn;
import java.util.BitSet;
import java.util.List;
import java.util.StringJoiner;

/**
 * Reads every row of a user table ({@code databaseId} picks the store): columns in table order,
 * the non-persisted computed ones computed as each row is read ({@code computed}). When {@code read}
 * is not null only the columns it marks are decoded, the others come back NULL: the plan above was
 * shown to read no other (see rules.ColumnPruningRule). {@code locks} is what the table's hints ask
 * its reads to lock beyond the isolation level (UPDLOCK, HOLDLOCK, REPEATABLEREAD, NOWAIT,
 * READPAST; see {@link ReadLocks}): the plans above a scan or seek with locks read its rows, never
 * only an index's covered columns, and never without a transaction. {@code access} is what its
 * INDEX, FORCESEEK and FORCESCAN hints force (null: no such hint), which the optimizer's rules obey;
 * {@code missing} the index its WHERE lacked (null: none), counted each time the plan runs.
 */
public record TableScanNode(
    int databaseId, String qualifiedName, Table table, List<ResultColumn> columns, ComputedColumns computed,
    BitSet read, ReadLocks locks, ForcedAccess access, MissingIndex missing)
    implements PlanNode {
  public TableScanNode {
    columns = List.copyOf(columns);
    read = read == null ? null : (BitSet) read.clone();
  }

  public TableScanNode(
      int databaseId, String qualifiedName, Table table, List<ResultColumn> columns, ComputedColumns computed) {
    this(databaseId, qualifiedName, table, columns, computed, null, ReadLocks.NONE, null, null);
  }

  public TableScanNode(int databaseId, String qualifiedName, Table table, List<ResultColumn> columns) {
    this(databaseId, qualifiedName, table, columns, ComputedColumns.NONE);
  }

  /** This scan decoding only the columns {@code read} marks. */
  public TableScanNode reading(BitSet read) {
    return new TableScanNode(databaseId, qualifiedName, table, columns, computed, read, locks, access, missing);
  }

  /** This scan read only the ways {@code forced} (its index hints) allows. */
  public TableScanNode forcing(ForcedAccess forced) {
    return new TableScanNode(databaseId, qualifiedName, table, columns, computed, read, locks, forced, missing);
  }

  /** This scan, its WHERE lacking the index {@code m}. */
  public TableScanNode lacking(MissingIndex m) {
    return new TableScanNode(databaseId, qualifiedName, table, columns, computed, read, locks, access, m);
  }

  /** This scan reading its rows under {@code locks} (its table hints). */
  public TableScanNode withLocks(ReadLocks locks) {
    return new TableScanNode(databaseId, qualifiedName, table, columns, computed, read, locks, access, missing);
  }

  @Override
  public BitSet read() {
    return read == null ? null : (BitSet) read.clone();
  }

  @Override
  public List<PlanNode> inputs() {
    return List.of();
  }

  @Override
  public String describe() {
    List<String> hints = LockHints.names(locks);
    String scan = "TableScan(" + qualifiedName + ")" + (hints.isEmpty() ? "" : " WITH (" + String.join(", ", hints) + ")");
    if (read == null) {
      return scan;
    }
    StringJoiner names = new StringJoiner(", ", " reading (", ")");
    read.stream().forEach(i -> names.add(columns.get(i).name()));
    return scan + names;
  }
}
