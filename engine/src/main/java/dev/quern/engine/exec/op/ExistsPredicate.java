package dev.quern.engine.exec.op;

import dev.quern.engine.expr.EvalContext;
import dev.quern.engine.expr.Predicate;
import dev.quern.engine.plan.QueryPlan;

/**
 * {@code EXISTS (SELECT …)}: TRUE when the subquery returns a row; never UNKNOWN. As in SQL Server
 * the select list is never evaluated ({@code EXISTS (SELECT 1/0 …)} raises nothing): what the
 * subquery's projection would compute is replaced by NULL of its type, its columns and constants kept
 * (the plan shown stays the one written for {@code SELECT 1} or {@code SELECT *}). An uncorrelated
 * one runs once per execution of the operators evaluating it ({@link EvalContext#onceValues}).
 */
public final class ExistsPredicate extends Predicate implements dev.quern.engine.plan.SubqueryPlan {
  private final QueryPlan plan;
  private final String sql;
  private final boolean uncorrelated;

  public ExistsPredicate(QueryPlan plan, String sql, boolean uncorrelated) {
    this.plan = withoutSelectList(plan);
    this.sql = sql;
    this.uncorrelated = uncorrelated;
  }

  @Override
  public boolean nullable() {
    return false;
  }

  @Override
  public Object eval(EvalContext ctx) {
    if (!uncorrelated || ctx.onceValues == null) {
      return SubqueryExpr.open(plan, ctx).next() != null;
    }
    return ctx.onceValues.computeIfAbsent(this, e -> SubqueryExpr.open(plan, ctx).next() != null);
  }

  @Override
  public boolean uncorrelated() {
    return uncorrelated;
  }

  @Override
  public String toSql() {
    return sql;
  }

  @Override
  public QueryPlan plan() {
    return plan;
  }

  @Override
  public boolean semiJoin() {
    return true;
  }

  private static QueryPlan withoutSelectList(QueryPlan plan) {
    if (!(plan.root() instanceof dev.quern.engine.plan.ProjectNode p)) {
      return plan;
    }
    java.util.List<dev.quern.engine.expr.BoundExpr> exprs = new java.util.ArrayList<>();
    boolean changed = false;
    for (dev.quern.engine.expr.BoundExpr e : p.exprs()) {
      boolean keep = e instanceof dev.quern.engine.expr.ColumnExpr || e instanceof dev.quern.engine.expr.Constant;
      exprs.add(keep ? e : new dev.quern.engine.expr.Constant(null, e.type(), "NULL", true));
      changed |= !keep;
    }
    if (!changed) {
      return plan;
    }
    return new QueryPlan(new dev.quern.engine.plan.ProjectNode(p.input(), java.util.List.copyOf(exprs), p.columns()),
        plan.columns());
  }
}
