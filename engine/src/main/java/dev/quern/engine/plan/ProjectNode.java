package dev.quern.engine.plan;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.expr.BoundExpr;
import java.util.List;
import java.util.stream.Collectors;

/** Computes the output columns from each input row. */
public record ProjectNode(PlanNode input, List<BoundExpr> exprs, List<ResultColumn> columns)
    implements PlanNode {
  @Override
  public List<PlanNode> inputs() {
    return List.of(input);
  }

  @Override
  public String describe() {
    return "Project(" + exprs.stream().map(BoundExpr::toSql).collect(Collectors.joining(", ")) + ")";
  }
}
