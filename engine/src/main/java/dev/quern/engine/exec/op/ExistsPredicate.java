package dev.quern.engine.exec.op;

import dev.quern.engine.expr.EvalContext;
import dev.quern.engine.expr.Predicate;
import dev.quern.engine.plan.QueryPlan;

/** {@code EXISTS (SELECT …)}: TRUE when the subquery returns a row; never UNKNOWN. */
public final class ExistsPredicate extends Predicate implements dev.quern.engine.plan.SubqueryPlan {
  private final QueryPlan plan;
  private final String sql;

  public ExistsPredicate(QueryPlan plan, String sql) {
    this.plan = plan;
    this.sql = sql;
  }

  @Override
  public boolean nullable() {
    return false;
  }

  @Override
  public Object eval(EvalContext ctx) {
    return SubqueryExpr.open(plan, ctx).next() != null;
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
