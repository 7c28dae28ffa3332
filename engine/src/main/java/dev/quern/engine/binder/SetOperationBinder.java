package dev.quern.engine.binder;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.ast.ColumnRef;
import dev.quern.engine.ast.Expr;
import dev.quern.engine.ast.Literal;
import dev.quern.engine.ast.QuerySpec;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.ColumnExpr;
import dev.quern.engine.expr.ExprCollations;
import dev.quern.engine.plan.OffsetFetchNode;
import dev.quern.engine.plan.PlanNode;
import dev.quern.engine.plan.ProjectNode;
import dev.quern.engine.plan.QueryPlan;
import dev.quern.engine.plan.SetOperationNode;
import dev.quern.engine.plan.SortNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds {@code block UNION [ALL] | EXCEPT | INTERSECT block …} (left to right): every block must
 * have as many columns as the first (205); each column's type is the blocks' common type by
 * precedence, names come from the first block, and ORDER BY may only name result columns (104).
 */
final class SetOperationBinder {
  private final QueryBinder queries;
  private final BindContext bind;

  SetOperationBinder(QueryBinder queries, BindContext bind) {
    this.queries = queries;
    this.bind = bind;
  }

  QueryBinder.Bound bind(QuerySpec q, List<Expr> items, List<String> names) {
    List<QueryBinder.Bound> blocks = new ArrayList<>();
    blocks.add(queries.bind(q.headBlock(), items, names));
    for (QuerySpec.Compound c : q.compounds()) {
      QueryBinder.Bound b = queries.bindQuery(c.block());
      if (b.plan().columns().size() != items.size()) {
        throw SqlErrors.SET_OPERATION_COLUMN_COUNT.raise();
      }
      blocks.add(b);
    }
    if (blocks.stream().anyMatch(b -> b.selectExprs() != null && SequenceCalls.any(b.selectExprs()))) {
      throw SqlErrors.NEXT_VALUE_DISTINCT.raise();
    }
    List<ResultColumn> columns = resultColumns(blocks, names, q.compounds());
    if (q.compounds().stream().anyMatch(c -> !c.all())) {
      VectorRules.checkSetOperation(columns.stream().map(ResultColumn::type).toList());
      XmlComparability.checkSetOperation(columns.stream().map(ResultColumn::type).toList());
      JsonOperands.checkSetOperation(columns.stream().map(ResultColumn::type).toList());
    }
    PlanNode node = converted(blocks.getFirst(), columns);
    boolean readsTable = blocks.getFirst().readsTable();
    for (int i = 0; i < q.compounds().size(); i++) {
      QuerySpec.Compound c = q.compounds().get(i);
      int end = i + 1;
      while (unionAll(c) && end < q.compounds().size() && unionAll(q.compounds().get(end))) {
        end++;
      }
      List<PlanNode> run = new ArrayList<>();
      for (int k = i; k < end; k++) {
        readsTable |= blocks.get(k + 1).readsTable();
        run.add(converted(blocks.get(k + 1), columns));
      }
      node = new SetOperationNode(node, concatenated(run, columns), c.operator(), c.all(), columns);
      i = end - 1;
    }
    node = order(q, node, items, names);
    return new QueryBinder.Bound(new QueryPlan(node, columns), readsTable, blocks.getFirst().selectExprs());
  }

  private static boolean unionAll(QuerySpec.Compound c) {
    return c.operator() == QuerySpec.SetOperator.UNION && c.all();
  }

  /**
   * A run of blocks joined by UNION ALL, as a balanced tree of their concatenation in order: UNION
   * ALL is associative, and a table value constructor of a few thousand rows (SQLAlchemy's
   * insertmanyvalues sends them as {@code FROM (VALUES …)}) would otherwise nest one node per row,
   * deeper than the plan's walks can go.
   */
  private static PlanNode concatenated(List<PlanNode> run, List<ResultColumn> columns) {
    if (run.size() == 1) {
      return run.getFirst();
    }
    int half = run.size() / 2;
    return new SetOperationNode(concatenated(run.subList(0, half), columns),
        concatenated(run.subList(half, run.size()), columns), QuerySpec.SetOperator.UNION, true, columns);
  }

  private List<ResultColumn> resultColumns(
      List<QueryBinder.Bound> blocks, List<String> names, List<QuerySpec.Compound> compounds) {
    ExpressionBinder exprs = new ExpressionBinder(bind, ColumnScope.EMPTY, null, "UNION");
    List<ResultColumn> columns = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      List<BoundExpr> column = new ArrayList<>();
      boolean nullable = false;
      for (QueryBinder.Bound b : blocks) {
        ResultColumn c = b.plan().columns().get(i);
        nullable |= c.nullable();
        if (b.selectExprs() != null && i < b.selectExprs().size()
            && ExpressionBinder.isUntypedNull(b.selectExprs().get(i))) {
          continue; // a bare NULL takes the other blocks' type ('a' UNION ALL NULL is varchar)
        }
        column.add(new ColumnExpr(i, c.name(), c.type(), c.nullable()));
      }
      if (column.isEmpty()) {
        ResultColumn c = blocks.getFirst().plan().columns().get(i);
        column.add(new ColumnExpr(i, c.name(), c.type(), true));
      }
      SqlType type = exprs.commonType(column);
      columns.add(new ResultColumn(names.get(i) == null ? "" : names.get(i), type, nullable)
          .withCollation(collation(blocks, i, compounds)));
    }
    return columns;
  }

  /**
   * The collation of result column {@code i}: the blocks' resolved by precedence, 468 when two
   * conflict where duplicates are compared (UNION, INTERSECT, EXCEPT; UNION ALL compares nothing
   * and keeps the first block's).
   */
  private static dev.quern.catalog.value.Collation collation(
      List<QueryBinder.Bound> blocks, int i, List<QuerySpec.Compound> compounds) {
    ExprCollations.Derived d = null;
    for (int k = 0; k < blocks.size(); k++) {
      List<BoundExpr> exprs = blocks.get(k).selectExprs();
      if (exprs == null || i >= exprs.size() || !SqlTypes.isCharacter(exprs.get(i).type().id())) {
        continue;
      }
      ExprCollations.Derived next = ExprCollations.of(exprs.get(i));
      if (d == null) {
        d = next;
      } else if (k > 0 && !compounds.get(k - 1).all()) {
        d = ExprCollations.resolve(d, next, compounds.get(k - 1).operator().name());
      } else if (next.level().compareTo(d.level()) > 0) {
        d = next;
      }
    }
    if (d == null) {
      return null;
    }
    // The server's collation as a coercible default is the fast path (null).
    return d.level() == ExprCollations.Level.COERCIBLE_DEFAULT && d.collation().isDefault() ? null : d.collation();
  }

  /**
   * Projects a block's columns to the result types (implicit conversions) when they differ; a bare
   * NULL becomes a NULL of the result type, whatever that is (NULL UNION ALL an xml column).
   */
  private PlanNode converted(QueryBinder.Bound block, List<ResultColumn> columns) {
    QueryPlan plan = block.plan();
    ExpressionBinder exprs = new ExpressionBinder(bind, ColumnScope.EMPTY, null, "UNION");
    boolean same = true;
    List<BoundExpr> out = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      ResultColumn c = plan.columns().get(i);
      SqlType to = columns.get(i).type();
      same &= c.type().equals(to);
      boolean bareNull = block.selectExprs() != null && i < block.selectExprs().size()
          && ExpressionBinder.isUntypedNull(block.selectExprs().get(i));
      out.add(bareNull && !c.type().equals(to)
          ? new dev.quern.engine.expr.Constant(null, to, "NULL", true)
          : exprs.implicit(new ColumnExpr(i, c.name(), c.type(), c.nullable()), to));
    }
    return same ? plan.root() : new ProjectNode(plan.root(), List.copyOf(out), columns);
  }

  private PlanNode order(QuerySpec q, PlanNode node, List<Expr> items, List<String> names) {
    List<SortNode.SortKey> keys = new ArrayList<>();
    for (QuerySpec.OrderItem o : q.orderBy()) {
      int pos =
          o.expr() instanceof Literal l
              ? QueryBinder.orderPosition(l, items.size(), keys.size() + 1)
              : position(o.expr(), items, names);
      keys.add(new SortNode.SortKey(pos, o.descending()));
    }
    if (!keys.isEmpty()) {
      node = new SortNode(node, List.copyOf(keys));
    }
    if (q.offset() != null) {
      ExpressionBinder constants = new ExpressionBinder(bind, ColumnScope.EMPTY, null, "OFFSET");
      node = new OffsetFetchNode(
          node, constants.valueFor(q.offset(), dev.quern.catalog.type.SqlTypes.BIGINT),
          q.fetch() == null ? null : constants.valueFor(q.fetch(), dev.quern.catalog.type.SqlTypes.BIGINT));
    }
    return node;
  }

  private static int position(Expr e, List<Expr> items, List<String> names) {
    for (int i = 0; i < items.size(); i++) {
      boolean byName = e instanceof ColumnRef c && c.parts().size() == 1 && c.name().equalsIgnoreCase(names.get(i));
      if (byName || items.get(i).toSql().equalsIgnoreCase(e.toSql())) {
        return i;
      }
    }
    throw SqlErrors.ORDER_BY_NOT_IN_SET_OPERATION.raise();
  }
}
