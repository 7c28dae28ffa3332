package dev.quern.engine.plan.rules;

import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.ColumnExpr;
import dev.quern.engine.expr.ComparisonPredicate;
import dev.quern.engine.expr.LogicalPredicate;
import dev.quern.engine.plan.HashJoinNode;
import dev.quern.engine.plan.HashJoinNode.Key;
import dev.quern.engine.plan.HashJoinNode.KeyKind;
import dev.quern.engine.plan.JoinNode;
import dev.quern.engine.plan.PlanNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Join whose ON has, among its AND-ed conditions, equalities of a left column with a right column
 * of types that hash alike becomes a hash join on them (the planner has no index nested-loop join,
 * so an equi-join otherwise compares every pair). Other conditions stay in ON, checked per pair.
 * Strings compared under a collation other than the default stay a nested loop: the hash keys
 * are the default collation's.
 */
final class HashJoinRule implements Rule {
  @Override
  public PlanNode apply(PlanNode node) {
    if (!(node instanceof JoinNode j) || j.on() == null) {
      return node;
    }
    int leftWidth = j.left().columns().size();
    List<Key> keys = new ArrayList<>();
    collect(j.on(), leftWidth, j.columns().size(), keys);
    if (keys.isEmpty()) {
      return node;
    }
    return new HashJoinNode(j.left(), j.right(), j.type(), j.on(), j.columns(), keys);
  }

  private static void collect(BoundExpr e, int leftWidth, int width, List<Key> out) {
    if (e instanceof LogicalPredicate l && l.isAnd()) {
      collect(l.left(), leftWidth, width, out);
      collect(l.right(), leftWidth, width, out);
    } else if (e instanceof ComparisonPredicate c && c.op().equals("=") && c.collation() == null
        && c.left() instanceof ColumnExpr a && c.right() instanceof ColumnExpr b
        && inRange(a, width) && inRange(b, width)) {
      ColumnExpr l = a.index() < leftWidth ? a : b;
      ColumnExpr r = a.index() < leftWidth ? b : a;
      KeyKind kind = KeyKind.of(l.type().id(), r.type().id());
      if (l.index() < leftWidth && r.index() >= leftWidth && kind != null) {
        out.add(new Key(l.index(), r.index() - leftWidth, kind));
      }
    }
  }

  private static boolean inRange(ColumnExpr c, int width) {
    return c.index() >= 0 && c.index() < width;
  }
}
