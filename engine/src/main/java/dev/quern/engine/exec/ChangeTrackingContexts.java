package dev.quern.engine.exec;

import dev.quern.catalog.type.TypeId;
import dev.quern.engine.ast.Expr;
import dev.quern.engine.ast.StorageStatement;
import dev.quern.engine.binder.DmlBinder;
import dev.quern.engine.error.ChangeTrackingErrors;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.EvalContext;
import dev.quern.engine.plan.StatementPlan;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * WITH CHANGE_TRACKING_CONTEXT: the context's value (varbinary or binary of at most 128 bytes,
 * else 22109) and, per statement of the batch, the late-bound plan of the change it wraps, kept
 * so its bound plan is reused as the statement's own would be.
 */
final class ChangeTrackingContexts {
  private static final int MAX_CONTEXT = 128;
  /** Beyond this many wrapped statements, the remembered inner statements are forgotten. */
  private static final int CAPACITY = 256;

  private final Map<StatementPlan.LateBound, StatementPlan.LateBound> inner = new IdentityHashMap<>();

  /** The late-bound statement of {@code body}, wrapped by {@code outer}. */
  StatementPlan.LateBound inner(StatementPlan.LateBound outer, StorageStatement body) {
    if (inner.size() >= CAPACITY) {
      inner.clear();
    }
    return inner.computeIfAbsent(outer, o -> new StatementPlan.LateBound(o.line(), body, o.scope(), null));
  }

  /** The context's value; null when it is NULL. */
  static byte[] value(DmlBinder binder, Expr context, EvalContext eval) {
    BoundExpr bound = binder.scalar(context, "CHANGE_TRACKING_CONTEXT");
    var type = bound.type();
    boolean binary = type.id() == TypeId.VARBINARY || type.id() == TypeId.BINARY;
    if (!binary || type.length() < 0 || type.length() > MAX_CONTEXT) {
      throw ChangeTrackingErrors.CONTEXT_TYPE.raise();
    }
    return (byte[]) bound.eval(eval);
  }
}
