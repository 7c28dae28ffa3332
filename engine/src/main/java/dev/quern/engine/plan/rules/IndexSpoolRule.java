package dev.quern.engine.plan.rules;

import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.ColumnExpr;
import dev.quern.engine.expr.ComparisonPredicate;
import dev.quern.engine.expr.OuterColumnExpr;
import dev.quern.engine.plan.FilterNode;
import dev.quern.engine.plan.HashJoinNode;
import dev.quern.engine.plan.IndexSpoolNode;
import dev.quern.engine.plan.PlanNode;
import dev.quern.engine.plan.TableScanNode;
import java.util.ArrayList;
import java.util.List;

/**
 * In a correlated subquery, a WHERE over a scan that compares table columns with columns of the
 * enclosing row ({@code u.t_id = t.id}, types that hash alike) and that no index seeks reads the
 * table through an eager index spool ({@link IndexSpoolNode}): the table is read once per statement
 * instead of once per enclosing row, as SQL Server does for such a subquery. The WHERE stays above.
 */
final class IndexSpoolRule implements Rule {
  @Override
  public PlanNode apply(PlanNode node) {
    if (!(node instanceof FilterNode f) || !(f.input() instanceof TableScanNode scan)) {
      return node;
    }
    List<BoundExpr> values = new ArrayList<>();
    List<HashJoinNode.Key> keys = new ArrayList<>();
    for (BoundExpr c : Conjuncts.of(f.predicate())) {
      if (c instanceof ComparisonPredicate p && p.op().equals("=") && p.collation() == null) {
        key(p.left(), p.right(), scan, values, keys);
        key(p.right(), p.left(), scan, values, keys);
      }
    }
    return keys.isEmpty() ? node : new FilterNode(new IndexSpoolNode(scan, values, keys), f.predicate());
  }

  /** Adds {@code column = value} as a key when it is a table column against an enclosing row's column. */
  private static void key(BoundExpr column, BoundExpr value, TableScanNode scan, List<BoundExpr> values,
      List<HashJoinNode.Key> keys) {
    if (!(column instanceof ColumnExpr c) || !(value instanceof OuterColumnExpr o)
        || c.index() < 0 || c.index() >= scan.columns().size()) {
      return;
    }
    HashJoinNode.KeyKind kind = HashJoinNode.KeyKind.of(o.type().id(), c.type().id());
    if (kind != null) {
      keys.add(new HashJoinNode.Key(values.size(), c.index(), kind));
      values.add(o);
    }
  }
}
