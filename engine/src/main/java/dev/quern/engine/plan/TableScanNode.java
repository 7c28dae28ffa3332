package dev.quern.engine.plan;

import dev.quern.catalog.meta.Table;
import dev.quern.engine.api.ResultColumn;
import java.util.BitSet;
import java.util.List;
import java.util.StringJoiner;

/**
 * Reads every row of a user table ({@code databaseId} picks the store): columns in table order,
 * the non-persisted computed ones computed as each row is read ({@code computed}). When {@code read}
 * is not null only the columns it marks are decoded, the others come back NULL: the plan above was
 * shown to read no other (see rules.ColumnPruningRule). With {@code updateLocks} (UPDLOCK, XLOCK)
 * every row is read as UPDATE reads it: locked exclusively until the transaction ends, at its
 * latest committed value; {@code holdLock} (HOLDLOCK with them) also locks an absent key.
 */
public record TableScanNode(
    int databaseId, String qualifiedName, Table table, List<ResultColumn> columns, ComputedColumns computed,
    BitSet read, boolean updateLocks, boolean holdLock)
    implements PlanNode {
  public TableScanNode {
    columns = List.copyOf(columns);
    read = read == null ? null : (BitSet) read.clone();
  }

  public TableScanNode(
      int databaseId, String qualifiedName, Table table, List<ResultColumn> columns, ComputedColumns computed) {
    this(databaseId, qualifiedName, table, columns, computed, null, false, false);
  }

  public TableScanNode(int databaseId, String qualifiedName, Table table, List<ResultColumn> columns) {
    this(databaseId, qualifiedName, table, columns, ComputedColumns.NONE);
  }

  /** This scan decoding only the columns {@code read} marks. */
  public TableScanNode reading(BitSet read) {
    return new TableScanNode(databaseId, qualifiedName, table, columns, computed, read, updateLocks, holdLock);
  }

  /**
   * This scan reading its rows under exclusive locks held to the end of the transaction; with
   * {@code holdLock} the key it looks up stays locked even when no row is there (a primary-key
   * lookup only: any other read with it is refused when it runs).
   */
  public TableScanNode withUpdateLocks(boolean holdLock) {
    return new TableScanNode(databaseId, qualifiedName, table, columns, computed, read, true, holdLock);
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
    String scan = "TableScan(" + qualifiedName + ")" + (updateLocks ? " with update locks" : "") + (holdLock ? " held" : "");
    if (read == null) {
      return scan;
    }
    StringJoiner names = new StringJoiner(", ", " reading (", ")");
    read.stream().forEach(i -> names.add(columns.get(i).name()));
    return scan + names;
  }
}
