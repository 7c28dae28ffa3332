package dev.quern.engine.plan;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.ast.TableSource.Join.JoinType;
import dev.quern.engine.expr.BoundExpr;
import java.util.List;

/**
 * Joins two inputs: rows are the left row's values then the right row's; {@code on} (null for
 * CROSS) is evaluated over that combined row. Outer joins fill the missing side with NULLs.
 */
public record JoinNode(PlanNode left, PlanNode right, JoinType type, BoundExpr on, List<ResultColumn> columns)
    implements PlanNode {
  public JoinNode {
    columns = List.copyOf(columns);
  }

  @Override
  public List<PlanNode> inputs() {
    return List.of(left, right);
  }

  @Override
  public String describe() {
    return "NestedLoopJoin(" + type + (on == null ? "" : ", " + on.toSql()) + ")";
  }
}
