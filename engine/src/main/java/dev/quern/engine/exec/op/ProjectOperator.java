package dev.quern.engine.exec.op;

import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.EvalContext;
import java.util.List;

/** Computes output rows from input rows. */
final class ProjectOperator implements Operator {
  private final Operator input;
  private final BoundExpr[] exprs;
  private final EvalContext ctx;

  ProjectOperator(Operator input, List<BoundExpr> exprs, EvalContext ctx) {
    this.input = input;
    this.exprs = exprs.toArray(BoundExpr[]::new);
    this.ctx = ctx;
  }

  @Override
  public Object[] next() {
    Object[] in = input.next();
    if (in == null) {
      return null;
    }
    ctx.row = in;
    Object[] out = new Object[exprs.length];
    for (int i = 0; i < exprs.length; i++) {
      out[i] = exprs[i].eval(ctx);
    }
    return out;
  }
}
