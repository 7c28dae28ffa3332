package dev.quern.engine.exec.op;

import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.EvalContext;
import dev.quern.engine.plan.ValuesNode;
import java.util.List;

/** Evaluates the rows of a VALUES list one at a time (a later row may fail after earlier ones). */
final class ValuesOperator implements Operator {
  private final ValuesNode node;
  private final EvalContext ctx;
  private int next;

  ValuesOperator(ValuesNode node, EvalContext ctx) {
    this.node = node;
    this.ctx = ctx;
  }

  @Override
  public Object[] next() {
    if (next >= node.rows().size()) {
      return null;
    }
    List<BoundExpr> exprs = node.rows().get(next++);
    Object[] row = new Object[exprs.size()];
    ctx.row = null;
    for (int i = 0; i < row.length; i++) {
      BoundExpr e = exprs.get(i);
      row[i] = e == null ? ValuesNode.DEFAULT : e.eval(ctx);
    }
    return row;
  }
}
