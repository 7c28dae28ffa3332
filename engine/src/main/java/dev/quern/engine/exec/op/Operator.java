package dev.quern.engine.exec.op;

/**
 * A pull-based executor operator: each {@link #next()} returns the next row, or null at the end.
 * Operators share one {@link dev.quern.engine.expr.EvalContext} and point its {@code row} at the
 * row they evaluate expressions on, so producing a row allocates at most its array.
 */
public interface Operator {
  Object[] next();
}
