package dev.quern.engine.plan;

import dev.quern.engine.api.ResultColumn;
import java.util.List;

/**
 * CROSS APPLY / OUTER APPLY: {@code right} (a table-valued function whose arguments read the
 * left row) runs once per row of {@code left}; OUTER keeps left rows it returns nothing for,
 * with NULLs on the right.
 */
public record ApplyNode(PlanNode left, PlanNode right, boolean outer, List<ResultColumn> columns)
    implements PlanNode {
  @Override
  public List<PlanNode> inputs() {
    return List.of(left, right);
  }

  @Override
  public String describe() {
    return outer ? "OuterApply" : "CrossApply";
  }
}
