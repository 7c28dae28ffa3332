package dev.quern.engine.plan;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.ast.QuerySpec.SetOperator;
import java.util.List;

/** UNION [ALL], EXCEPT or INTERSECT of two inputs whose columns already have the result types. */
public record SetOperationNode(
    PlanNode left, PlanNode right, SetOperator operator, boolean all, List<ResultColumn> columns)
    implements PlanNode {
  @Override
  public List<PlanNode> inputs() {
    return List.of(left, right);
  }

  @Override
  public String describe() {
    return operator.name() + (all ? " ALL" : "");
  }
}
