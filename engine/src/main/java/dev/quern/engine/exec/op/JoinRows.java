package dev.quern.engine.exec.op;

import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.EvalContext;

/**
 * What every join does with a pair of rows: lay them side by side (null for the missing side of an
 * outer join) and test the ON condition against the combined row.
 */
final class JoinRows {
  private final EvalContext ctx;
  private final BoundExpr on;
  private final int leftWidth;
  private final int rightWidth;

  JoinRows(EvalContext ctx, BoundExpr on, int leftWidth, int rightWidth) {
    this.ctx = ctx;
    this.on = on;
    this.leftWidth = leftWidth;
    this.rightWidth = rightWidth;
  }

  /** The left row's columns, then the right row's; a null side stays all NULL. */
  Object[] combine(Object[] l, Object[] r) {
    Object[] out = new Object[leftWidth + rightWidth];
    if (l != null) {
      System.arraycopy(l, 0, out, 0, Math.min(leftWidth, l.length));
    }
    if (r != null) {
      System.arraycopy(r, 0, out, leftWidth, Math.min(rightWidth, r.length));
    }
    return out;
  }

  /** Whether ON is TRUE for the combined row (no ON: a cross join, every pair matches). */
  boolean matches(Object[] row) {
    if (on == null) {
      return true;
    }
    Object[] saved = ctx.row;
    ctx.row = row;
    try {
      return on.eval(ctx) == Boolean.TRUE;
    } finally {
      ctx.row = saved;
    }
  }
}
