package dev.quern.engine.plan;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.expr.BoundExpr;
import java.util.List;

/** Keeps the rows for which the predicate is TRUE (WHERE, HAVING). */
public record FilterNode(PlanNode input, BoundExpr predicate) implements PlanNode {
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
    return "Filter(" + predicate.toSql() + ")";
  }
}
