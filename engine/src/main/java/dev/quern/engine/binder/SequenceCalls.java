package dev.quern.engine.binder;

import dev.quern.engine.ast.QuerySpec;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.NextValueExpr;
import java.util.List;

/**
 * Where SQL Server refuses NEXT VALUE FOR written without OVER in a SELECT's list: beside DISTINCT
 * or a set operator (11721), TOP or OFFSET (11739), and ORDER BY (11745), since the order the
 * values are handed out in would be undefined. With OVER (ORDER BY …) the values follow that order.
 */
final class SequenceCalls {
  private SequenceCalls() {}

  /** Whether any of {@code exprs} calls NEXT VALUE FOR (outside a window function). */
  static boolean any(List<BoundExpr> exprs) {
    return exprs.stream().anyMatch(SequenceCalls::calls);
  }

  private static boolean calls(BoundExpr e) {
    if (e instanceof NextValueExpr) {
      return true;
    }
    List<BoundExpr> operands = e.operands();
    return operands != null && operands.stream().anyMatch(SequenceCalls::calls);
  }

  /** The checks of a SELECT block whose list is {@code selected}. */
  static void checkBlock(QuerySpec q, List<BoundExpr> selected) {
    if (!any(selected)) {
      return;
    }
    if (q.distinct()) {
      throw SqlErrors.NEXT_VALUE_DISTINCT.raise();
    }
    if (q.top() != null || q.offset() != null) {
      throw SqlErrors.NEXT_VALUE_TOP.raise();
    }
    if (!q.orderBy().isEmpty()) {
      throw SqlErrors.NEXT_VALUE_ORDER_BY.raise();
    }
  }
}
