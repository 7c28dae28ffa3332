package dev.quern.engine.binder;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.ast.ColumnRef;
import dev.quern.engine.ast.Expr;
import dev.quern.engine.ast.Literal;
import dev.quern.engine.ast.QuerySpec;
import dev.quern.engine.ast.SelectItem;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.plan.AggregateNode;
import dev.quern.engine.plan.DistinctNode;
import dev.quern.engine.plan.FilterNode;
import dev.quern.engine.plan.OffsetFetchNode;
import dev.quern.engine.plan.PlanNode;
import dev.quern.engine.plan.ProjectNode;
import dev.quern.engine.plan.QueryPlan;
import dev.quern.engine.plan.SortNode;
import dev.quern.engine.plan.TopNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds one SELECT block to a plan, in SQL Server's logical order: FROM, WHERE, GROUP BY,
 * HAVING, SELECT, DISTINCT, ORDER BY, OFFSET/FETCH or TOP. ORDER BY items not in the select list
 * ride along as hidden columns after the visible ones.
 */
public final class QueryBinder {
  /** A bound query: its plan and whether it reads a table (implicit transactions). */
  public record Bound(QueryPlan plan, boolean readsTable, List<BoundExpr> selectExprs) {}

  private final BindContext bind;

  public QueryBinder(BindContext bind) {
    this.bind = bind;
  }

  /** Binds a query block that returns rows (a subquery, a SELECT statement). */
  public Bound bindQuery(QuerySpec q) {
    bind.checkCancelled();
    List<Expr> items = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (SelectItem item : q.items()) {
      switch (item) {
        case SelectItem.Column c -> {
          items.add(c.expr());
          names.add(c.alias() != null ? c.alias() : c.expr() instanceof ColumnRef r ? r.name() : null);
        }
        case SelectItem.Star st -> StarExpansion.expand(bind, q, st, items, names);
        case SelectItem.Assign a -> throw SqlErrors.ASSIGN_WITH_RETRIEVAL.raise();
      }
    }
    return bind(q, items, names);
  }

  /** Binds {@code q}; {@code items} are the select expressions (assignments pre-unwrapped). */
  public Bound bind(QuerySpec q, List<Expr> items, List<String> names) {
    if (!q.compounds().isEmpty()) {
      return new SetOperationBinder(this, bind).bind(q, items, names);
    }
    SourceBinder.Bound source = new SourceBinder(bind).bind(q.from());
    ExpressionBinder sourceExprs = new ExpressionBinder(bind, source.scope(), null, "WHERE");
    PlanNode node = source.node();
    if (q.where() != null) {
      node =
          dev.quern.engine.plan.rules.Optimizer.optimize(
              new FilterNode(node, sourceExprs.condition(q.where())));
    }
    ExpressionBinder itemBinder = sourceExprs;
    boolean grouped = !q.groupBy().isEmpty() || usesAggregates(q, items);
    WindowBinder.Result windowed =
        grouped ? null : WindowBinder.bind(bind, sourceExprs, source.scope(), node, items, q.orderBy());
    if (windowed != null) {
      node = windowed.node();
      itemBinder = windowed.items();
    }
    if (grouped) {
      return grouped(q, items, names, source, sourceExprs, node);
    }
    if (q.having() != null) {
      throw SqlErrors.SYNTAX_NEAR_KEYWORD.raise("HAVING");
    }
    List<BoundExpr> selected = new ArrayList<>();
    for (Expr e : items) {
      selected.add(itemBinder.value(e));
    }
    List<OrderKey> order = orderKeys(q, items, names, itemBinder);
    return finish(q, node, selected, names, order, source.readsTable());
  }

  /**
   * A grouped block: aggregates over the groups, then HAVING, then the window functions of the
   * select list and ORDER BY over the groups' rows (their arguments may be keys or aggregates). A
   * window function's column comes after every aggregate's, so the block is bound once to count
   * them, then again for real (aggregates register in the same order both times).
   */
  private Bound grouped(
      QuerySpec q, List<Expr> items, List<String> names, SourceBinder.Bound source, ExpressionBinder sourceExprs,
      PlanNode node) {
    List<dev.quern.engine.ast.WindowExpr> windows = WindowBinder.windows(items, q.orderBy());
    // Learned once per block: a block nested in such a block's subquery is bound by both bindings
    // of the outer one, and counting it again at each level would make nesting exponential.
    int windowsAt = windows.isEmpty() ? 0
        : bind.learned().width(q, () -> aggregateWidth(q, items, names, source, sourceExprs, windows));
    AggregateBinder agg = new AggregateBinder(q.groupBy(), sourceExprs);
    ExpressionBinder plain = new ExpressionBinder(bind, source.scope(), agg, "SELECT");
    List<dev.quern.engine.plan.WindowNode.Function> functions = WindowBinder.functions(plain, windows);
    ExpressionBinder post =
        windows.isEmpty()
            ? plain
            : new ExpressionBinder(bind, source.scope(), agg, "SELECT", WindowBinder.columns(windows, functions, windowsAt));
    List<BoundExpr> selected = new ArrayList<>();
    for (Expr e : items) {
      selected.add(post.value(e));
    }
    BoundExpr having = q.having() == null ? null : plain.condition(q.having()); // no window there (4108)
    List<OrderKey> order = orderKeys(q, items, names, post);
    node = new AggregateNode(node, agg.keys(), List.copyOf(agg.calls()), agg.columns(), agg.groupingSets());
    if (having != null) {
      node = new FilterNode(node, having);
    }
    if (!windows.isEmpty()) {
      if (node.columns().size() != windowsAt) {
        throw new IllegalStateException("aggregates of a grouped block bound differently twice");
      }
      node = new dev.quern.engine.plan.WindowNode(node, functions, WindowBinder.withWindowColumns(node.columns(), functions));
    }
    return finish(q, node, selected, names, order, source.readsTable());
  }

  /** How many columns (keys and aggregates) the AggregateNode of {@code q} has: a trial binding. */
  private int aggregateWidth(
      QuerySpec q, List<Expr> items, List<String> names, SourceBinder.Bound source, ExpressionBinder sourceExprs,
      List<dev.quern.engine.ast.WindowExpr> windows) {
    AggregateBinder trial = new AggregateBinder(q.groupBy(), sourceExprs);
    ExpressionBinder plain = new ExpressionBinder(bind, source.scope(), trial, "SELECT");
    List<dev.quern.engine.plan.WindowNode.Function> functions = WindowBinder.functions(plain, windows);
    ExpressionBinder post =
        new ExpressionBinder(bind, source.scope(), trial, "SELECT", WindowBinder.columns(windows, functions, 0));
    items.forEach(post::value);
    if (q.having() != null) {
      plain.condition(q.having());
    }
    orderKeys(q, items, names, post);
    return trial.columns().size();
  }

  /** An ORDER BY item: a select-list position, or an extra expression to carry hidden. */
  private record OrderKey(int position, BoundExpr hidden, boolean descending) {}

  private List<OrderKey> orderKeys(QuerySpec q, List<Expr> items, List<String> names, ExpressionBinder exprs) {
    List<OrderKey> keys = new ArrayList<>();
    for (QuerySpec.OrderItem o : q.orderBy()) {
      Expr e = o.expr();
      if (e instanceof Literal l) {
        keys.add(new OrderKey(orderPosition(l, items.size(), keys.size() + 1), null, o.descending()));
        continue;
      }
      int pos = matchSelectItem(e, items, names);
      if (pos >= 0) {
        keys.add(new OrderKey(pos, null, o.descending()));
      } else if (q.distinct()) {
        throw SqlErrors.ORDER_BY_NOT_IN_DISTINCT.raise();
      } else {
        keys.add(new OrderKey(-1, exprs.value(e), o.descending()));
      }
    }
    return keys;
  }

  /**
   * ORDER BY 2 names the second select item (108 when out of range); any other constant is
   * error 408.
   */
  static int orderPosition(Literal l, int itemCount, int orderIndex) {
    if (l.kind() != Literal.Kind.NUMBER || !l.text().chars().allMatch(Character::isDigit)) {
      throw SqlErrors.ORDER_BY_CONSTANT.raise(orderIndex);
    }
    long pos;
    try {
      pos = Long.parseLong(l.text());
    } catch (NumberFormatException e) {
      pos = Long.MAX_VALUE;
    }
    if (pos < 1 || pos > itemCount) {
      throw SqlErrors.ORDER_BY_POSITION.raise(l.text());
    }
    return (int) pos - 1;
  }

  private static int matchSelectItem(Expr e, List<Expr> items, List<String> names) {
    if (e instanceof ColumnRef c && c.parts().size() == 1) {
      for (int i = 0; i < names.size(); i++) {
        if (names.get(i) != null && names.get(i).equalsIgnoreCase(c.name())) {
          return i;
        }
      }
    }
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).equals(e) || items.get(i).toSql().equalsIgnoreCase(e.toSql())) {
        return i;
      }
    }
    return -1;
  }

  private Bound finish(
      QuerySpec q, PlanNode input, List<BoundExpr> selected, List<String> names, List<OrderKey> order,
      boolean readsTable) {
    SequenceCalls.checkBlock(q, selected);
    List<ResultColumn> visible = new ArrayList<>();
    for (int i = 0; i < selected.size(); i++) {
      BoundExpr e = selected.get(i);
      dev.quern.engine.expr.ColumnExpr column = e instanceof dev.quern.engine.expr.ColumnExpr c ? c : null;
      visible.add(new ResultColumn(names.get(i) == null ? "" : names.get(i), e.type(), e.nullable(),
          column != null && column.identity(), column != null && column.rowversion(),
          dev.quern.engine.expr.ExprCollations.carried(e)));
    }
    List<BoundExpr> projected = new ArrayList<>(selected);
    List<ResultColumn> projectedCols = new ArrayList<>(visible);
    List<SortNode.SortKey> sortKeys = new ArrayList<>();
    for (OrderKey k : order) {
      VectorRules.checkSortable(k.hidden() == null ? selected.get(k.position()).type() : k.hidden().type());
      XmlComparability.checkSortable(k.hidden() == null ? selected.get(k.position()).type() : k.hidden().type());
      if (k.hidden() == null) {
        sortKeys.add(new SortNode.SortKey(k.position(), k.descending()));
      } else {
        projected.add(k.hidden());
        projectedCols.add(new ResultColumn("", k.hidden().type(), k.hidden().nullable())
            .withCollation(dev.quern.engine.expr.ExprCollations.carried(k.hidden())));
        sortKeys.add(new SortNode.SortKey(projected.size() - 1, k.descending()));
      }
    }
    for (SortNode.SortKey k : sortKeys) {
      JsonOperands.checkSortKey(projected.get(k.column()));
    }
    if (q.distinct()) {
      JsonOperands.checkDistinct(selected);
    }
    PlanNode node = new ProjectNode(input, List.copyOf(projected), List.copyOf(projectedCols));
    if (q.distinct()) {
      VectorRules.checkDistinct(visible.stream().map(ResultColumn::type).toList());
      XmlComparability.checkDistinct(visible.stream().map(ResultColumn::type).toList());
      node = new DistinctNode(node, visible.size());
    }
    if (!sortKeys.isEmpty()) {
      node = new SortNode(node, List.copyOf(sortKeys));
    }
    ExpressionBinder constants = new ExpressionBinder(bind, ColumnScope.EMPTY, null, "TOP");
    // An undeclared parameter here is a row count (bigint), or TOP … PERCENT's float (discovery).
    dev.quern.catalog.type.SqlType count = dev.quern.catalog.type.SqlTypes.BIGINT;
    if (q.offset() != null) {
      node =
          new OffsetFetchNode(
              node, constants.valueFor(q.offset(), count),
              q.fetch() == null ? null : constants.valueFor(q.fetch(), count));
    }
    if (q.top() != null) {
      dev.quern.catalog.type.SqlType top = q.top().percent() ? dev.quern.catalog.type.SqlTypes.FLOAT : count;
      node = new TopNode(node, constants.valueFor(q.top().count(), top), q.top().percent());
    }
    // An index may give the order, or carry every column the query reads.
    node = dev.quern.engine.plan.rules.Optimizer.optimize(node);
    return new Bound(new QueryPlan(node, List.copyOf(visible)), readsTable, selected);
  }

  private static boolean usesAggregates(QuerySpec q, List<Expr> items) {
    for (Expr e : items) {
      if (containsAggregate(e)) {
        return true;
      }
    }
    if (q.having() != null) {
      return true;
    }
    for (QuerySpec.OrderItem o : q.orderBy()) {
      if (containsAggregate(o.expr())) {
        return true;
      }
    }
    return false;
  }

  /** Does the expression call an aggregate (outside subqueries)? Checked on the printed tree's nodes. */
  static boolean containsAggregate(Expr e) {
    return AggregateFinder.find(e);
  }
}
