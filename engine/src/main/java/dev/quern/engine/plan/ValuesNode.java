package dev.quern.engine.plan;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.expr.BoundExpr;
import java.util.List;

/**
 * The rows of a VALUES list, each expression already converted to its column's type; a null
 * expression is the DEFAULT keyword (the operator yields {@link #DEFAULT} for it).
 */
public record ValuesNode(List<List<BoundExpr>> rows, List<ResultColumn> columns) implements PlanNode {
  /** The value a DEFAULT keyword produces, replaced by the column's default on insert. */
  public static final Object DEFAULT = new Object() {
    @Override
    public String toString() {
      return "DEFAULT";
    }
  };

  public ValuesNode {
    rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList();
    columns = List.copyOf(columns);
  }

  @Override
  public List<PlanNode> inputs() {
    return List.of();
  }

  @Override
  public String describe() {
    return "Values(" + rows.size() + " rows)";
  }
}
