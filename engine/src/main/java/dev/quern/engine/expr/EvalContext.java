package dev.quern.engine.expr;

import dev.quern.engine.func.FunctionContext;

/**
 * What an expression reads while it is evaluated: the batch's variable slots, the current row of
 * the operator evaluating it, the session facts for built-ins and the SET options that change
 * results. Fields are public and mutable so operators can point {@code row} at each row without
 * allocating.
 */
public final class EvalContext {
  public Object[] variables;
  public Object[] row;
  public final FunctionContext functions;
  /** CONCAT_NULL_YIELDS_NULL: when OFF, NULL concatenates as an empty string. */
  public boolean concatNullYieldsNull = true;
  /** ANSI_WARNINGS and ARITHABORT both OFF turn divide by zero and overflow into NULL. */
  public boolean arithIgnore;
  /**
   * The context a subquery running in this one was evaluated in (its row is the enclosing query's
   * current row, which {@link OuterColumnExpr} reads); null outside subqueries.
   */
  public EvalContext outer;
  /**
   * What one execution of a statement's operators computes once and keeps: the values of
   * uncorrelated subqueries, the index spools of correlated ones (see {@link #forExecution}); null
   * where every evaluation runs the subquery again, as outside operators, where the same expression
   * is evaluated again in a loop.
   */
  public java.util.Map<Object, Object> onceValues;

  public EvalContext(Object[] variables, FunctionContext functions) {
    this.variables = variables;
    this.functions = functions;
  }

  /**
   * A context for one execution of an operator tree: this one's variables, row, options and
   * enclosing context, with the store of once-computed values of the statement's execution (an
   * uncorrelated scalar subquery in a WHERE runs once, not once per row): a subquery's run shares
   * its enclosing query's, a statement's execution starts a fresh one.
   */
  public EvalContext forExecution() {
    EvalContext e = new EvalContext(variables, functions);
    e.row = row;
    e.concatNullYieldsNull = concatNullYieldsNull;
    e.arithIgnore = arithIgnore;
    e.outer = outer;
    // An IdentityHashMap: computing one value (a spool, an IN's values) may store others in it.
    e.onceValues = onceValues != null ? onceValues
        : outer != null && outer.onceValues != null ? outer.onceValues : new java.util.IdentityHashMap<>();
    return e;
  }
}
