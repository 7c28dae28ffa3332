package dev.quern.engine.plan;

import dev.quern.catalog.meta.Index;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.expr.BoundExpr;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the rows of a table whose leading key columns of {@code index} equal {@code keys} and whose
 * next key column lies between {@code low} and {@code high} (either may be null: open), all
 * evaluated once, without a row: a point, prefix or range seek instead of a scan. {@code reverse}
 * reads the range backwards in the index's order; {@code covering} reads a nonclustered index's
 * entries alone (no row lookup), the other columns of the row left null, because nothing reads them.
 */
public record IndexSeekNode(
    TableScanNode table, Index index, List<BoundExpr> keys, Bound low, Bound high, boolean reverse,
    boolean covering)
    implements PlanNode {
  /** One end of the range on the key column after the equalities, in value order (not key order). */
  public record Bound(BoundExpr value, boolean inclusive) {}

  public IndexSeekNode {
    keys = List.copyOf(keys);
  }

  /** An equality seek (no range), forwards. */
  public IndexSeekNode(TableScanNode table, Index index, List<BoundExpr> keys) {
    this(table, index, keys, null, null, false, false);
  }

  /** A seek that reads the rows (no covering). */
  public IndexSeekNode(
      TableScanNode table, Index index, List<BoundExpr> keys, Bound low, Bound high, boolean reverse) {
    this(table, index, keys, low, high, reverse, false);
  }

  /** The same seek, read in the given direction. */
  public IndexSeekNode reversed(boolean backwards) {
    return new IndexSeekNode(table, index, keys, low, high, backwards, covering);
  }

  /** The same seek, reading the index's entries alone. */
  public IndexSeekNode covered() {
    return new IndexSeekNode(table, index, keys, low, high, reverse, true);
  }

  /** Whether the seek has a range on the key column after the equalities. */
  public boolean ranged() {
    return low != null || high != null;
  }

  @Override
  public List<ResultColumn> columns() {
    return table.columns();
  }

  @Override
  public List<PlanNode> inputs() {
    return List.of();
  }

  @Override
  public String describe() {
    List<String> parts = new ArrayList<>(keys.stream().map(BoundExpr::toSql).toList());
    if (ranged()) {
      String column = table.table().columnById(index.keys().get(keys.size()).columnId()).name();
      List<String> range = new ArrayList<>();
      if (low != null) {
        range.add(column + (low.inclusive() ? " >= " : " > ") + low.value().toSql());
      }
      if (high != null) {
        range.add(column + (high.inclusive() ? " <= " : " < ") + high.value().toSql());
      }
      parts.add(String.join(" AND ", range));
    }
    String seek = parts.isEmpty() ? "" : ", " + String.join(", ", parts);
    // No keys and no range: the whole index, read for its order.
    return (parts.isEmpty() ? "IndexScan(" : "IndexSeek(") + table.qualifiedName() + "." + index.name() + seek + (reverse ? ", REVERSE" : "")
        + (covering ? ", COVERING" : "") + ")";
  }
}
