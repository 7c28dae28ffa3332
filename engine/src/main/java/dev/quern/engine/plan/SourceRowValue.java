package dev.quern.engine.plan;

import dev.quern.catalog.type.SqlType;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.EvalContext;

/**
 * A value over the source row MERGE is seeking the target for: {@code inner} (bound over the
 * source's row) evaluated over {@link Current#row}, whatever row the context holds (a key seek
 * evaluates its keys with none).
 */
public final class SourceRowValue extends BoundExpr {
  /** The source row being sought for, set by the executor before each seek. */
  public static final class Current {
    public Object[] row;
  }

  private final BoundExpr inner;
  private final Current current;

  public SourceRowValue(BoundExpr inner, Current current) {
    this.inner = inner;
    this.current = current;
  }

  @Override
  public SqlType type() {
    return inner.type();
  }

  @Override
  public boolean nullable() {
    return inner.nullable();
  }

  @Override
  public Object eval(EvalContext ctx) {
    Object[] saved = ctx.row;
    ctx.row = current.row;
    try {
      return inner.eval(ctx);
    } finally {
      ctx.row = saved;
    }
  }

  @Override
  public String toSql() {
    return inner.toSql();
  }
}
