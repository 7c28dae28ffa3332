package dev.quern.engine.plan;

import dev.quern.catalog.type.SqlType;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.ast.WindowFrame;
import dev.quern.engine.expr.BoundExpr;
import java.util.List;

/**
 * Window functions over the rows of {@code input}: each row comes out with one more column per
 * function, its value computed over the row's partition (rows with equal {@code partition} values)
 * in {@code order}.
 */
public record WindowNode(PlanNode input, List<Function> functions, List<ResultColumn> columns) implements PlanNode {
  public WindowNode {
    functions = List.copyOf(functions);
    columns = List.copyOf(columns);
  }

  /** The window functions given. */
  public enum Kind {
    ROW_NUMBER,
    RANK,
    DENSE_RANK,
    NTILE,
    LAG,
    LEAD,
    /** The argument's value at the frame's first row (NULL for an empty frame). */
    FIRST_VALUE,
    /** The argument's value at the frame's last row (NULL for an empty frame). */
    LAST_VALUE,
    /** (rank - 1) / (rows - 1) in the partition, 0 for a partition of one row. */
    PERCENT_RANK,
    /** The share of the partition's rows ordered at or before the row (its peers included). */
    CUME_DIST,
    /** The interpolated percentile of the WITHIN GROUP key over the partition (order: that key). */
    PERCENTILE_CONT,
    /** The first WITHIN GROUP key value whose cumulative share reaches the percentile. */
    PERCENTILE_DISC,
    /** An aggregate over the row's frame. */
    AGGREGATE,
    /** NEXT VALUE FOR … OVER (ORDER BY …): the sequence's next value, taken by the rows in order. */
    NEXT_VALUE
  }

  /** One ORDER BY key of a window. */
  public record OrderKey(BoundExpr expr, boolean descending) {}

  /**
   * One window function: {@code args} (NTILE's count; LAG/LEAD's value, offset, default;
   * FIRST_VALUE/LAST_VALUE's value); {@code aggregate} for {@link Kind#AGGREGATE}; {@code frame}
   * for the aggregates and FIRST_VALUE/LAST_VALUE, null for the default frame (the whole
   * partition, or from its start to the row's last peer when ordered).
   */
  public record Function(
      Kind kind, List<BoundExpr> args, AggregateCall aggregate, List<BoundExpr> partition, List<OrderKey> order,
      WindowFrame frame, SqlType type, String sql) {
    public Function {
      args = List.copyOf(args);
      partition = List.copyOf(partition);
      order = List.copyOf(order);
    }
  }

  @Override
  public List<PlanNode> inputs() {
    return List.of(input);
  }

  @Override
  public String describe() {
    return "Window(" + String.join(", ", functions.stream().map(Function::sql).toList()) + ")";
  }
}
