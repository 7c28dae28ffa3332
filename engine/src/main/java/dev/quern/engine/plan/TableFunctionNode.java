package dev.quern.engine.plan;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.EvalContext;
import java.util.ArrayList;
import java.util.List;

/**
 * A multi-statement table-valued user function in FROM: when opened, its arguments are evaluated
 * (under APPLY, against the left row) and {@code rows} runs the function's body and returns the
 * rows of the table it filled. {@code args} holds null where the call passed DEFAULT.
 */
public record TableFunctionNode(String sql, List<BoundExpr> args, List<ResultColumn> columns, Rows rows)
    implements PlanNode {
  /** Runs the function for argument values (null for DEFAULT where {@code defaulted}). */
  @FunctionalInterface
  public interface Rows {
    List<Object[]> run(Object[] values, boolean[] defaulted, EvalContext ctx);
  }

  public TableFunctionNode {
    args = java.util.Collections.unmodifiableList(new ArrayList<>(args));
    columns = List.copyOf(columns);
  }

  @Override
  public List<PlanNode> inputs() {
    return List.of();
  }

  @Override
  public String describe() {
    return "TableFunction(" + sql + ")";
  }
}
