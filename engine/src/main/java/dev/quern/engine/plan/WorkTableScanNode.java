package dev.quern.engine.plan;

import dev.quern.engine.api.ResultColumn;
import java.util.List;

/**
 * In the recursive part of a recursive common table expression ({@code name}), its reference to
 * itself: the rows the previous round produced (see {@link RecursiveCteNode}, which shares
 * {@code id}).
 */
public record WorkTableScanNode(int id, String name, List<ResultColumn> columns) implements PlanNode {
  public WorkTableScanNode {
    columns = List.copyOf(columns);
  }

  @Override
  public List<PlanNode> inputs() {
    return List.of();
  }

  @Override
  public String describe() {
    return "WorkTableScan(" + name + ")";
  }
}
