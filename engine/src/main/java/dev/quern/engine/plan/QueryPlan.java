package dev.quern.engine.plan;

import dev.quern.engine.api.ResultColumn;
import java.util.List;

/**
 * A SELECT's plan: the root node and the result columns the client sees (the first {@code
 * columns.size()} of the root's row; further ones are hidden sort keys).
 */
public record QueryPlan(PlanNode root, List<ResultColumn> columns) {
  public String explain() {
    return root.explain();
  }
}
