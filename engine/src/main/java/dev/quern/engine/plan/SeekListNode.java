package dev.quern.engine.plan;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.expr.BoundExpr;
import java.util.List;

/**
 * {@code col IN (v1, v2, …)} (or {@code col = v1 OR col = v2 …}) on the leading key column of
 * {@code seek}'s index: one equality seek per distinct value, in value order, instead of a scan, as
 * SQL Server seeks each value. {@code seek} is the template (its index, table, locks and direction;
 * no keys); each value is converted to the key column's type, NULLs and values no row can have
 * dropped. The WHERE stays above.
 */
public record SeekListNode(IndexSeekNode seek, List<BoundExpr> values) implements PlanNode {
  public SeekListNode {
    values = List.copyOf(values);
  }

  @Override
  public List<ResultColumn> columns() {
    return seek.columns();
  }

  /** A leaf, as a seek is: rules that look into seeks (ordering, covering) leave it alone. */
  @Override
  public List<PlanNode> inputs() {
    return List.of();
  }

  @Override
  public String describe() {
    return "SeekList(" + seek.table().qualifiedName() + "." + seek.index().name() + ", "
        + String.join(", ", values.stream().map(BoundExpr::toSql).toList()) + ")";
  }
}
