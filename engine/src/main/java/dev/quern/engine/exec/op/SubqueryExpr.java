package dev.quern.engine.exec.op;

import dev.quern.catalog.type.SqlType;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.EvalContext;
import dev.quern.engine.plan.QueryPlan;
import dev.quern.engine.session.SessionState;

/**
 * A scalar subquery {@code (SELECT x …)}: NULL for no row, the value for one, error 512 for more.
 * It runs with its own row pointer so the outer operator's current row is left alone, and runs
 * again at each evaluation (a correlated one reads the enclosing row each time).
 */
public final class SubqueryExpr extends BoundExpr implements dev.quern.engine.plan.SubqueryPlan {
  private final QueryPlan plan;
  private final String sql;

  public SubqueryExpr(QueryPlan plan, String sql) {
    this.plan = plan;
    this.sql = sql;
  }

  /** The subquery's plan. */
  @Override
  public QueryPlan plan() {
    return plan;
  }

  @Override
  public SqlType type() {
    return plan.columns().getFirst().type();
  }

  @Override
  public boolean nullable() {
    return true;
  }

  @Override
  public Object eval(EvalContext ctx) {
    Operator op = open(plan, ctx);
    Object[] first = op.next();
    if (first == null) {
      return null;
    }
    if (op.next() != null) {
      throw SqlErrors.SUBQUERY_MULTIPLE_ROWS.raise();
    }
    return first[0];
  }

  static Operator open(QueryPlan plan, EvalContext outer) {
    EvalContext inner = new EvalContext(outer.variables, outer.functions);
    inner.concatNullYieldsNull = outer.concatNullYieldsNull;
    inner.arithIgnore = outer.arithIgnore;
    inner.outer = outer; // a correlated subquery reads the enclosing row from there
    Runnable cancelCheck =
        outer.functions instanceof SessionState s ? s::checkCancelled : () -> {};
    return new OperatorBuilder(inner, cancelCheck, () -> {}).build(plan.root());
  }

  @Override
  public String toSql() {
    return sql;
  }

  @Override
  public boolean semiJoin() {
    return false;
  }
}
