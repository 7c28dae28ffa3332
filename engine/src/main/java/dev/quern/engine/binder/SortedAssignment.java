package dev.quern.engine.binder;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.ColumnExpr;
import dev.quern.engine.plan.OffsetFetchNode;
import dev.quern.engine.plan.PlanNode;
import dev.quern.engine.plan.ProjectNode;
import dev.quern.engine.plan.SortNode;
import dev.quern.engine.plan.TopNode;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code SELECT @s = @s + name FROM t ORDER BY name}: the assignments must run row by row in the
 * sorted order, each seeing the value the row before left, as SQL Server runs them (the
 * concatenation idiom relies on it). A sort above the projection would have the projection
 * compute every row's value from the variable's first value. So the query is rebuilt to sort the
 * projection's input rows instead (with the hidden sort keys after them), under an identity
 * projection that the executor strips ({@code AssignSelect.direct} then reads the input row).
 */
final class SortedAssignment {
  private SortedAssignment() {}

  /**
   * The rebuilt plan for {@code root} = [TOP | OFFSET…]* → SORT → PROJECT(input); null for any
   * other shape. Each sort key is the projection's expression for it, over the input row (a key
   * naming a selected column, {@code ORDER BY v} beside {@code @last = v}, is that column).
   */
  static PlanNode reorder(PlanNode root) {
    if (root instanceof TopNode t) {
      PlanNode inner = reorder(t.input());
      return inner == null ? null : identity(new TopNode(strip(inner), t.count(), t.percent()));
    }
    if (root instanceof OffsetFetchNode o) {
      PlanNode inner = reorder(o.input());
      return inner == null ? null : identity(new OffsetFetchNode(strip(inner), o.offset(), o.fetch()));
    }
    if (!(root instanceof SortNode sort) || !(sort.input() instanceof ProjectNode project)) {
      return null;
    }
    List<BoundExpr> exprs = new ArrayList<>();
    List<ResultColumn> columns = new ArrayList<>();
    List<ResultColumn> inputColumns = project.input().columns();
    for (int i = 0; i < inputColumns.size(); i++) {
      ResultColumn c = inputColumns.get(i);
      exprs.add(new ColumnExpr(i, c.name(), c.type(), c.nullable()));
      columns.add(c);
    }
    List<SortNode.SortKey> keys = new ArrayList<>();
    for (SortNode.SortKey k : sort.keys()) {
      exprs.add(project.exprs().get(k.column()));
      columns.add(project.columns().get(k.column()));
      keys.add(new SortNode.SortKey(exprs.size() - 1, k.descending()));
    }
    ProjectNode rows = new ProjectNode(project.input(), List.copyOf(exprs), List.copyOf(columns));
    return identity(new SortNode(rows, List.copyOf(keys)));
  }

  private static PlanNode identity(PlanNode rows) {
    List<BoundExpr> exprs = new ArrayList<>();
    List<ResultColumn> columns = rows.columns();
    for (int i = 0; i < columns.size(); i++) {
      ResultColumn c = columns.get(i);
      exprs.add(new ColumnExpr(i, c.name(), c.type(), c.nullable()));
    }
    return new ProjectNode(rows, List.copyOf(exprs), columns);
  }

  private static PlanNode strip(PlanNode identity) {
    return ((ProjectNode) identity).input();
  }
}
