package dev.quern.engine.exec.op;

import dev.quern.catalog.type.SqlType;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.EvalContext;
import dev.quern.engine.plan.QueryPlan;
import dev.quern.engine.session.SessionState;

/**
 * A scalar subquery {@code (SELECT x …)}: NULL for no row, the value for one, error 512 for more.
 * It runs with its own row pointer so the outer operator's current row is left alone. A correlated
 * one runs again at each evaluation (it reads the enclosing row); an uncorrelated one runs once per
 * execution of the operators evaluating it ({@link EvalContext#onceValues}), as SQL Server computes
 * {@code WHERE v > (SELECT AVG(v) FROM t)} once rather than once per row.
 */
public final class SubqueryExpr extends BoundExpr implements dev.quern.engine.plan.SubqueryPlan {
  private final QueryPlan plan;
  private final String sql;
  /** Whether it reads no enclosing query's row: then its value is the same for every row. */
  private final boolean uncorrelated;

  public SubqueryExpr(QueryPlan plan, String sql, boolean uncorrelated) {
    this.plan = plan;
    this.sql = sql;
    this.uncorrelated = uncorrelated;
  }

  @Override
  public boolean uncorrelated() {
    return uncorrelated;
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
    if (!uncorrelated || ctx.onceValues == null) {
      return run(ctx);
    }
    Object v = ctx.onceValues.get(this);
    if (v == null && !ctx.onceValues.containsKey(this)) {
      v = run(ctx);
      ctx.onceValues.put(this, v);
    }
    return v;
  }

  private Object run(EvalContext ctx) {
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
