package dev.quern.engine.exec.op;

import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.EvalContext;

/** Passes rows whose predicate is TRUE. */
final class FilterOperator implements Operator {
  private final Operator input;
  private final BoundExpr predicate;
  private final EvalContext ctx;

  FilterOperator(Operator input, BoundExpr predicate, EvalContext ctx) {
    this.input = input;
    this.predicate = predicate;
    this.ctx = ctx;
  }

  @Override
  public Object[] next() {
    Object[] row;
    while ((row = input.next()) != null) {
      ctx.row = row;
      if (predicate.eval(ctx) == Boolean.TRUE) {
        return row;
      }
    }
    return null;
  }
}
