package dev.quern.engine.binder;

import dev.quern.engine.ast.Expr;
import dev.quern.engine.ast.FunctionCall;
import dev.quern.engine.expr.BoundExpr;

/**
 * Binds the parts of an expression that refer to a GROUP BY's output: aggregate calls and
 * expressions equal to a grouping key. Returns null for anything else.
 */
interface AggregateHandler {
  /** An aggregate call (COUNT, SUM …) in the select list, HAVING or ORDER BY. */
  BoundExpr aggregate(FunctionCall call);

  /** STRING_AGG(…) WITHIN GROUP (ORDER BY {@code order}). */
  BoundExpr aggregate(FunctionCall call, java.util.List<dev.quern.engine.ast.QuerySpec.OrderItem> order);

  /** GROUPING(key) or GROUPING_ID(key, …); 8160 where there is no GROUP BY. */
  default BoundExpr grouping(FunctionCall call) {
    throw dev.quern.engine.error.SqlErrors.GROUPING_WITHOUT_GROUP_BY.raise();
  }

  /** A grouping key equal to {@code e}, or null when {@code e} is not a key. */
  BoundExpr key(Expr e);

  /**
   * The columns a subquery in the select list, HAVING or ORDER BY may read of this grouped row:
   * the grouping keys that are columns of {@code source}, at their places in the grouped row.
   */
  default ColumnScope keyScope(ColumnScope source) {
    return ColumnScope.EMPTY;
  }
}
