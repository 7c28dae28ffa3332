package dev.quern.engine.plan;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.expr.BoundExpr;
import java.util.List;

/** TOP (n) [PERCENT]: stops after n rows (or n percent of the input). */
public record TopNode(PlanNode input, BoundExpr count, boolean percent) implements PlanNode {
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
    return "Top(" + count.toSql() + (percent ? " PERCENT" : "") + ")";
  }
}
