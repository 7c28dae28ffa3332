package dev.quern.engine.plan.rules;

import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.LogicalPredicate;
import java.util.ArrayList;
import java.util.List;

/** A condition as its AND-ed parts, and parts AND-ed back into one condition. */
final class Conjuncts {
  private Conjuncts() {}

  /** The AND-ed conditions {@code e} is made of, left to right ({@code e} itself if it is no AND). */
  static List<BoundExpr> of(BoundExpr e) {
    List<BoundExpr> out = new ArrayList<>();
    collect(e, out);
    return out;
  }

  private static void collect(BoundExpr e, List<BoundExpr> out) {
    if (e instanceof LogicalPredicate l && l.isAnd()) {
      collect(l.left(), out);
      collect(l.right(), out);
    } else {
      out.add(e);
    }
  }

  /** {@code conditions} (at least one) AND-ed left to right. */
  static BoundExpr and(List<BoundExpr> conditions) {
    BoundExpr all = conditions.getFirst();
    for (int i = 1; i < conditions.size(); i++) {
      all = new LogicalPredicate(true, all, conditions.get(i));
    }
    return all;
  }
}
