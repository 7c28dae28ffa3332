package dev.quern.engine.plan;

import dev.quern.engine.api.ResultColumn;
import java.util.List;

/** One row with no columns: the source of a SELECT without FROM. */
public record ConstantScanNode() implements PlanNode {
  @Override
  public List<ResultColumn> columns() {
    return List.of();
  }

  @Override
  public List<PlanNode> inputs() {
    return List.of();
  }

  @Override
  public String describe() {
    return "ConstantScan";
  }
}
