package dev.quern.engine.plan;

import dev.quern.engine.api.ResultColumn;
import java.util.List;

/** Drops duplicate rows, comparing the first {@code width} columns. */
public record DistinctNode(PlanNode input, int width) implements PlanNode {
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
    return "Distinct";
  }
}
