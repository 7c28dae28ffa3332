package dev.quern.engine.plan;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.expr.BoundExpr;
import java.util.List;

/** OFFSET n ROWS [FETCH NEXT m ROWS ONLY]; {@code fetch} null means all remaining rows. */
public record OffsetFetchNode(PlanNode input, BoundExpr offset, BoundExpr fetch) implements PlanNode {
  @Override
  public List<ResultColumn> columns() {
    return input.columns();
  }

  @Override
  public List<PlanNode> inputs() {
    return List.of(input);
  }

  @Override
  public String describe() {
    return "OffsetFetch(" + offset.toSql() + (fetch == null ? "" : ", " + fetch.toSql()) + ")";
  }
}
