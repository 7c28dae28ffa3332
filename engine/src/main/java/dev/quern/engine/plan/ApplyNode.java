package dev.quern.engine.plan;

import dev.quern.engine.api.ResultColumn;
import java.util.List;

/**
 * CROSS APPLY / OUTER APPLY: {@code right} runs once per row of {@code left} (a table-valued
 * function whose arguments read the left row, or, {@code lateral}, a derived table whose query
 * reads the left row's columns as a correlated subquery does); OUTER keeps left rows it returns
 * nothing for, with NULLs on the right.
 */
public record ApplyNode(PlanNode left, PlanNode right, boolean outer, List<ResultColumn> columns, boolean lateral)
    implements PlanNode {
  public ApplyNode(PlanNode left, PlanNode right, boolean outer, List<ResultColumn> columns) {
    this(left, right, outer, columns, false);
  }

  @Override
  public List<PlanNode> inputs() {
    return List.of(left, right);
  }

  @Override
  public String describe() {
    return outer ? "OuterApply" : "CrossApply";
  }
}
