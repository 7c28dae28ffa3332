package dev.quern.engine.plan.rules;

import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.Table;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.ColumnExpr;
import dev.quern.engine.expr.ComparisonPredicate;
import dev.quern.engine.expr.Constant;
import dev.quern.engine.expr.InListPredicate;
import dev.quern.engine.expr.IsNullPredicate;
import dev.quern.engine.expr.LikePredicate;
import dev.quern.engine.expr.LogicalPredicate;
import dev.quern.engine.expr.VariableExpr;
import java.util.List;

/**
 * The predicates SQL Server seeks and Quern's seeks do not ({@code KeySeek} takes one equality per
 * key column and one range): an IN list, IS NULL, a LIKE whose constant pattern starts with a
 * literal prefix, or an OR of those and equalities on one column.
 * On the leading key column of an index FORCESEEK allows, SQL Server's plan would seek them; Quern
 * reads the table without the seek rather than fail with 8622, the rows being the same.
 */
final class UnseekedPredicates {
  private UnseekedPredicates() {}

  /** Whether {@code where} has such a predicate on the first key column of one of {@code indexes}. */
  static boolean onLeadingKey(BoundExpr where, Table table, List<Index> indexes) {
    for (Index index : indexes) {
      if (!index.keys().isEmpty() && !index.disabled() && index.filter() == null
          && found(where, table, index.keys().getFirst().columnId())) {
        return true;
      }
    }
    return false;
  }

  private static boolean found(BoundExpr e, Table table, int columnId) {
    if (e instanceof LogicalPredicate l && l.isAnd()) {
      return found(l.left(), table, columnId) || found(l.right(), table, columnId);
    }
    // A lone equality is one Quern seeks: only the forms it cannot count here.
    return !(e instanceof ComparisonPredicate) && points(e, table, columnId);
  }

  /** Whether {@code e} picks values of the column alone: =, IN, IS NULL, or ORs of those. */
  private static boolean points(BoundExpr e, Table table, int columnId) {
    return switch (e) {
      case LogicalPredicate l when !l.isAnd() -> points(l.left(), table, columnId) && points(l.right(), table, columnId);
      case InListPredicate in -> !in.not() && column(in.operand(), table, columnId)
          && in.items().stream().allMatch(v -> v instanceof Constant || v instanceof VariableExpr);
      case IsNullPredicate n -> !n.not() && column(n.operand(), table, columnId);
      case LikePredicate l -> !l.not() && column(l.operand(), table, columnId) && l.pattern() instanceof Constant p
          && p.value() instanceof String text && !text.isEmpty() && "%_[".indexOf(text.charAt(0)) < 0;
      case ComparisonPredicate c -> "=".equals(c.op())
          && (column(c.left(), table, columnId) && value(c.right()) || column(c.right(), table, columnId) && value(c.left()));
      default -> false;
    };
  }

  private static boolean column(BoundExpr e, Table table, int columnId) {
    return e instanceof ColumnExpr c && c.index() >= 0 && c.index() < table.columns().size()
        && table.columns().get(c.index()).columnId() == columnId;
  }

  private static boolean value(BoundExpr e) {
    return e instanceof Constant || e instanceof VariableExpr;
  }
}
