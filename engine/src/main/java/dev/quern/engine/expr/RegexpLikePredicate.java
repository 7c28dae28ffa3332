package dev.quern.engine.expr;

import java.util.List;

/**
 * {@code REGEXP_LIKE(string, pattern [, flags])}, a predicate in SQL Server 2025 (WHERE, CASE
 * WHEN, CHECK; a syntax error as a value): TRUE or FALSE from the REGEXP_LIKE built-in, UNKNOWN
 * when an argument is NULL.
 */
public final class RegexpLikePredicate extends Predicate {
  private final FunctionExpr call;

  public RegexpLikePredicate(FunctionExpr call) {
    this.call = call;
  }

  @Override
  public Object eval(EvalContext ctx) {
    return call.eval(ctx);
  }

  @Override
  public String toSql() {
    return call.toSql();
  }

  @Override
  public List<BoundExpr> operands() {
    return call.operands();
  }
}
