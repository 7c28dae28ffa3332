package dev.quern.engine.plan.rules;

import dev.quern.engine.exec.op.ExistsPredicate;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.NotPredicate;
import dev.quern.engine.expr.OuterColumnExpr;
import dev.quern.engine.plan.FilterNode;
import dev.quern.engine.plan.HashJoinNode;
import dev.quern.engine.plan.IndexSpoolNode;
import dev.quern.engine.plan.PlanNode;
import dev.quern.engine.plan.ProjectNode;
import dev.quern.engine.plan.SemiJoinNode;
import dev.quern.engine.plan.TableScanNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A WHERE condition {@code [NOT] EXISTS (SELECT … FROM u WHERE u.x = outer.y AND …)} whose subquery
 * scans its table (no index seeks it by the outer value; {@link IndexSpoolRule} has given it a
 * spool) becomes a hash (anti) semi join: u is read
 * once into a set of its keys instead of once per row — what SQL Server's optimizer does with such a
 * correlated subquery. Only where the correlation is nothing but equalities of a table column with a
 * column of the row being filtered, of types that hash alike (HashJoinRule's kinds); the subquery's
 * other conditions filter u first. The WHERE's other conditions filter the rows before the join.
 */
final class ExistsSemiJoinRule implements Rule {
  @Override
  public PlanNode apply(PlanNode node) {
    if (!(node instanceof FilterNode f)) {
      return node;
    }
    List<BoundExpr> conditions = Conjuncts.of(f.predicate());
    List<BoundExpr> rest = new ArrayList<>();
    List<SemiJoin> joins = new ArrayList<>();
    int leftWidth = f.input().columns().size();
    for (BoundExpr c : conditions) {
      SemiJoin join = semiJoin(c, leftWidth);
      if (join == null) {
        rest.add(c);
      } else {
        joins.add(join);
      }
    }
    if (joins.isEmpty()) {
      return node;
    }
    PlanNode rows = rest.isEmpty() ? f.input() : new FilterNode(f.input(), Conjuncts.and(rest));
    for (SemiJoin j : joins) {
      rows = new SemiJoinNode(rows, j.right(), j.anti(), j.keys());
    }
    return rows;
  }

  private record SemiJoin(PlanNode right, boolean anti, List<HashJoinNode.Key> keys) {}

  /** The semi join {@code condition} is, or null when it is not an EXISTS this rule decorrelates. */
  private static SemiJoin semiJoin(BoundExpr condition, int leftWidth) {
    boolean anti = false;
    BoundExpr e = condition;
    if (e instanceof NotPredicate n) {
      anti = true;
      e = n.operands().getFirst();
    }
    if (!(e instanceof ExistsPredicate exists) || exists.uncorrelated()) {
      return null;
    }
    PlanNode root = exists.plan().root();
    if (root instanceof ProjectNode p) {
      root = p.input();
    }
    if (!(root instanceof FilterNode where)) {
      return null;
    }
    PlanNode from = where.input() instanceof IndexSpoolNode spool ? spool.scan() : where.input();
    if (!(from instanceof TableScanNode scan)) {
      return null;
    }
    List<BoundExpr> inner = Conjuncts.of(where.predicate());
    List<HashJoinNode.Key> keys = new ArrayList<>();
    List<BoundExpr> own = new ArrayList<>();
    for (BoundExpr c : inner) {
      HashJoinNode.Key key = correlation(c, leftWidth, scan.columns().size());
      if (key != null) {
        keys.add(key);
      } else if (ColumnRemap.everywhere(c, x -> !(x instanceof OuterColumnExpr))) {
        own.add(c);
      } else {
        return null; // another use of the outer row (or a subquery): it stays per row
      }
    }
    if (keys.isEmpty()) {
      return null;
    }
    return new SemiJoin(own.isEmpty() ? scan : new FilterNode(scan, Conjuncts.and(own)), anti, keys);
  }

  /** {@code column = outer column} on the row being filtered (depth 1) as a join key, or null. */
  private static HashJoinNode.Key correlation(BoundExpr e, int leftWidth, int rightWidth) {
    OuterEquality eq = OuterEquality.of(e, rightWidth);
    if (eq == null || eq.outer().depth() != 1 || eq.outer().index() < 0 || eq.outer().index() >= leftWidth) {
      return null;
    }
    return new HashJoinNode.Key(eq.outer().index(), eq.column().index(), eq.kind());
  }
}
