package dev.quern.engine.plan;

import dev.quern.engine.api.ResultColumn;
import java.util.List;

/**
 * A recursive common table expression: the rows of {@code anchor}, then round after round the
 * rows {@code recursive} makes from the previous round's rows (its {@link WorkTableScanNode} with
 * the same {@code id}), until a round makes none. More than {@code maxRecursion} rounds that make
 * rows is error 530 (0: no limit).
 */
public record RecursiveCteNode(
    PlanNode anchor, PlanNode recursive, int id, String name, List<ResultColumn> columns, int maxRecursion)
    implements PlanNode {
  public RecursiveCteNode {
    columns = List.copyOf(columns);
  }

  @Override
  public List<PlanNode> inputs() {
    return List.of(anchor, recursive);
  }

  @Override
  public String describe() {
    return "RecursiveCte(" + name + ", MAXRECURSION " + maxRecursion + ")";
  }
}
