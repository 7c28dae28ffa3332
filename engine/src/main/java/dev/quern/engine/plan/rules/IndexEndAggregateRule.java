package dev.quern.engine.plan.rules;

import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.ast.TableSource.Join.JoinType;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.ColumnExpr;
import dev.quern.engine.expr.Constant;
import dev.quern.engine.expr.IsNullPredicate;
import dev.quern.engine.expr.LogicalPredicate;
import dev.quern.engine.plan.AggregateCall;
import dev.quern.engine.plan.AggregateNode;
import dev.quern.engine.plan.FilterNode;
import dev.quern.engine.plan.IndexSeekNode;
import dev.quern.engine.plan.JoinNode;
import dev.quern.engine.plan.PlanNode;
import dev.quern.engine.plan.ProjectNode;
import dev.quern.engine.plan.SortNode;
import dev.quern.engine.plan.TableScanNode;
import dev.quern.engine.plan.TopNode;
import java.util.ArrayList;
import java.util.List;

/**
 * MIN and MAX without GROUP BY read the end of an index that orders their column, as SQL Server's
 * TOP 1 over an ordered index scan: {@code SELECT MAX(id) FROM t} reads one entry, not every row.
 * Each MIN/MAX becomes a one-row aggregate over TOP (1) of its column read in order with NULLs
 * skipped (MIN ignores them, and they sort first); several are cross-joined back into the one row,
 * in their order. The whole aggregate stays as it was unless every call is a MIN or MAX of a column
 * some index orders.
 *
 * <p>Only over a whole-table scan or a seek (with its residual filter, which the seek's range
 * bounds): over a filtered scan the ordered read might look up every row before one passes, far
 * dearer than the scan, and without a cost model there is no telling.
 */
final class IndexEndAggregateRule implements Rule {
  @Override
  public PlanNode apply(PlanNode node) {
    if (!(node instanceof AggregateNode a) || !a.keys().isEmpty() || a.groupingSets() != null
        || a.aggregates().isEmpty() || !boundedRead(a.input())) {
      return node;
    }
    PlanNode row = null;
    List<ResultColumn> columns = new ArrayList<>();
    for (int i = 0; i < a.aggregates().size(); i++) {
      PlanNode end = end(a.input(), a.aggregates().get(i), a.columns().get(i));
      if (end == null) {
        return node;
      }
      columns.add(a.columns().get(i));
      row = row == null ? end : new JoinNode(row, end, JoinType.CROSS, null, List.copyOf(columns));
    }
    return row;
  }

  /** Whether {@code input} reads a whole table unfiltered, or a seek's range. */
  private static boolean boundedRead(PlanNode input) {
    return switch (input) {
      case TableScanNode scan -> true;
      case IndexSeekNode seek -> true;
      case FilterNode f -> f.input() instanceof IndexSeekNode;
      default -> false;
    };
  }

  /**
   * The one-row aggregate of {@code call} over the first non-NULL value of its column in the
   * order it needs, or null when the call is not a MIN/MAX of a column or no index gives the order.
   */
  private static PlanNode end(PlanNode input, AggregateCall call, ResultColumn result) {
    boolean max = call.kind() == AggregateCall.Kind.MAX;
    if (!max && call.kind() != AggregateCall.Kind.MIN || !(call.arg() instanceof ColumnExpr column)) {
      return null;
    }
    BoundExpr notNull = new IsNullPredicate(column, true);
    PlanNode rows = input instanceof FilterNode f
        ? new FilterNode(f.input(), new LogicalPredicate(true, f.predicate(), notNull))
        : new FilterNode(input, notNull);
    ProjectNode value = new ProjectNode(rows, List.of(column), List.of(input.columns().get(column.index())));
    PlanNode first = Optimizer.rewrite(new TopNode(
        new SortNode(value, List.of(new SortNode.SortKey(0, max))), new Constant(1L, SqlTypes.BIGINT, "1"), false));
    if (sorts(first)) {
      return null; // no index orders the column: sorting every row would cost more than the aggregate
    }
    AggregateCall onFirst = new AggregateCall(call.kind(), column.withIndex(0), call.distinct(), call.type());
    return new AggregateNode(first, List.of(), List.of(onFirst), List.of(result));
  }

  private static boolean sorts(PlanNode node) {
    if (node instanceof SortNode) {
      return true;
    }
    for (PlanNode in : node.inputs()) {
      if (sorts(in)) {
        return true;
      }
    }
    return false;
  }
}
