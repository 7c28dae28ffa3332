package dev.quern.engine.plan;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.expr.BoundExpr;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Groups input rows by {@code keys} and computes {@code aggregates}; output rows are the key
 * values followed by the aggregate results. Without keys it yields exactly one row.
 */
public record AggregateNode(
    PlanNode input, List<BoundExpr> keys, List<AggregateCall> aggregates, List<ResultColumn> columns)
    implements PlanNode {
  @Override
  public List<PlanNode> inputs() {
    return List.of(input);
  }

  @Override
  public String describe() {
    return "Aggregate(keys=["
        + keys.stream().map(BoundExpr::toSql).collect(Collectors.joining(", "))
        + "], aggs=["
        + aggregates.stream().map(AggregateCall::toSql).collect(Collectors.joining(", "))
        + "])";
  }
}
