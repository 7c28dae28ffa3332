package dev.quern.engine.exec.op;

import dev.quern.engine.expr.EvalContext;
import dev.quern.engine.expr.Predicate;
import dev.quern.engine.plan.QueryPlan;

/**
 * {@code EXISTS (SELECT …)}: TRUE when the subquery returns a row; never UNKNOWN. As in SQL Server
 * the select list is never evaluated ({@code EXISTS (SELECT 1/0 …)} raises nothing): the rows are
 * read from under the subquery's projection, which yields one row per input row.
 */
public final class ExistsPredicate extends Predicate implements dev.quern.engine.plan.SubqueryPlan {
  private final QueryPlan plan;
  /** What is run: the plan without its top projection. */
  private final QueryPlan rows;
  private final String sql;

  public ExistsPredicate(QueryPlan plan, String sql) {
    this.plan = plan;
    this.rows = plan.root() instanceof dev.quern.engine.plan.ProjectNode p
        ? new QueryPlan(p.input(), p.input().columns())
        : plan;
    this.sql = sql;
  }

  @Override
  public boolean nullable() {
    return false;
  }

  @Override
  public Object eval(EvalContext ctx) {
    return SubqueryExpr.open(rows, ctx).next() != null;
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
}
