package dev.quern.engine.expr;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;

/**
 * A search condition: evaluates to {@code Boolean.TRUE}, {@code Boolean.FALSE} or null
 * (UNKNOWN), never to a value clients see.
 */
public abstract class Predicate extends BoundExpr {
  @Override
  public final SqlType type() {
    return SqlTypes.BIT;
  }

  @Override
  public boolean nullable() {
    return true;
  }

  @Override
  public final boolean isPredicate() {
    return true;
  }

  /** Is the condition TRUE (UNKNOWN counts as not true, as WHERE and IF treat it)? */
  public final boolean test(EvalContext ctx) {
    return eval(ctx) == Boolean.TRUE;
  }
}
