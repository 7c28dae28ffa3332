package dev.quern.engine.plan.rules;

import dev.quern.engine.expr.BoundExpr;
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
      OuterEquality eq = OuterEquality.of(c, scan.columns().size());
      if (eq != null) {
        keys.add(new HashJoinNode.Key(values.size(), eq.column().index(), eq.kind()));
        values.add(eq.outer());
      }
    }
    return keys.isEmpty() ? node : new FilterNode(new IndexSpoolNode(scan, values, keys), f.predicate());
  }
}
