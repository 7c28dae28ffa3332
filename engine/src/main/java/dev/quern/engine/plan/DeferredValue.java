package dev.quern.engine.plan;

import dev.quern.catalog.type.SqlType;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.EvalContext;
import java.util.List;

/**
 * A value of a joined row computed later than the row is read: evaluating it keeps the row it
 * reads ({@link Pending}), and {@link #resolve} computes it when its target row is written. An
 * UPDATE … FROM that assigns variables needs this: its joined rows are all read before the first
 * target row is written, but each SET item must see the variables as the items and rows before
 * it left them ({@code SET @total = @total + s.amount, balance = @total}), as when no FROM is given.
 */
final class DeferredValue extends BoundExpr {
  /** What a deferred value holds until it is resolved: its expression and the row it reads. */
  record Pending(BoundExpr expr, Object[] row) {}

  private final BoundExpr expr;

  DeferredValue(BoundExpr expr) {
    this.expr = expr;
  }

  /** {@code value} itself, or a pending one computed now over the row it kept. */
  static Object resolve(Object value, EvalContext ctx) {
    if (!(value instanceof Pending p)) {
      return value;
    }
    Object[] current = ctx.row;
    ctx.row = p.row();
    try {
      return p.expr().eval(ctx);
    } finally {
      ctx.row = current;
    }
  }

  @Override
  public SqlType type() {
    return expr.type();
  }

  @Override
  public boolean nullable() {
    return expr.nullable();
  }

  @Override
  public Object eval(EvalContext ctx) {
    return new Pending(expr, ctx.row.clone()); // operators may reuse their row arrays
  }

  @Override
  public String toSql() {
    return expr.toSql();
  }

  @Override
  public List<BoundExpr> operands() {
    return List.of(expr);
  }
}
