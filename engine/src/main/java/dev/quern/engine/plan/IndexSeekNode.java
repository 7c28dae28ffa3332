package dev.quern.engine.plan;

import dev.quern.catalog.meta.Index;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.expr.BoundExpr;
import java.util.List;

/**
 * Reads the rows of a table whose leading key columns of {@code index} equal {@code keys}
 * (evaluated once, without a row): a point or prefix seek instead of a scan.
 */
public record IndexSeekNode(TableScanNode table, Index index, List<BoundExpr> keys) implements PlanNode {
  public IndexSeekNode {
    keys = List.copyOf(keys);
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
    return "IndexSeek(" + table.qualifiedName() + "." + index.name() + ", "
        + String.join(", ", keys.stream().map(BoundExpr::toSql).toList()) + ")";
  }
}
