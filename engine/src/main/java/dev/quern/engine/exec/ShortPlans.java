package dev.quern.engine.exec;

import dev.quern.catalog.meta.Index;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.ColumnExpr;
import dev.quern.engine.expr.ComparisonPredicate;
import dev.quern.engine.expr.Constant;
import dev.quern.engine.expr.ConvertExpr;
import dev.quern.engine.expr.LogicalPredicate;
import dev.quern.engine.expr.VariableExpr;
import dev.quern.engine.plan.FilterNode;
import dev.quern.engine.plan.IndexSeekNode;
import dev.quern.engine.plan.PlanNode;
import dev.quern.engine.plan.ProjectNode;
import dev.quern.engine.plan.QueryPlan;
import dev.quern.engine.plan.StatementPlan;
import java.util.List;

/**
 * Which statements are provably short enough to run where nothing may wait (see {@code
 * session.NonBlockingRun}): a SELECT that reads at most one row, by equality on every key column
 * of a unique index, and returns it with no large values. Its work is a key lookup or two and one
 * row's encoding; a lock it would wait for is caught where the wait would start.
 *
 * <p>Deliberately narrow: the seek may have a filter and a projection over it, whose expressions
 * are columns, constants, parameters, conversions, comparisons and AND/OR of them (a function or
 * a subquery could run for any time), and no output column is a (max) or LOB type (one row could
 * hold gigabytes).
 */
final class ShortPlans {
  private ShortPlans() {}

  /** Whether {@code s} may run on a thread that must not block (LateBound: only its binding). */
  static boolean mayRunWithoutBlocking(StatementPlan s) {
    return s instanceof StatementPlan.LateBound
        || s instanceof StatementPlan.Select sel && isPointLookup(sel.query());
  }

  /** Whether {@code q} reads at most one row through a unique-key equality seek. */
  static boolean isPointLookup(QueryPlan q) {
    for (ResultColumn c : q.columns()) {
      if (!smallColumn(c)) {
        return false;
      }
    }
    PlanNode n = q.root();
    if (n instanceof ProjectNode p) {
      if (!allSimple(p.exprs())) {
        return false;
      }
      n = p.input();
    }
    if (n instanceof FilterNode f) {
      // The planner keeps the seek's own predicate as a filter over its (at most one) row.
      if (!simple(f.predicate())) {
        return false;
      }
      n = f.input();
    }
    return n instanceof IndexSeekNode seek && isUniqueEquality(seek);
  }

  private static boolean isUniqueEquality(IndexSeekNode seek) {
    Index index = seek.index();
    return seek.table().locks().isNone() // a hint's lock may wait, and needs a transaction
        && index.unique()
        && !seek.ranged()
        && !index.keys().isEmpty()
        && seek.keys().size() == index.keys().size()
        && allSimple(seek.keys());
  }

  private static boolean allSimple(List<BoundExpr> exprs) {
    for (BoundExpr e : exprs) {
      if (!simple(e)) {
        return false;
      }
    }
    return true;
  }

  private static boolean simple(BoundExpr e) {
    return switch (e) {
      case ColumnExpr c -> true;
      case Constant c -> true;
      case VariableExpr v -> true;
      case ConvertExpr c -> simple(c.input());
      case ComparisonPredicate c -> simple(c.left()) && simple(c.right());
      case LogicalPredicate l -> simple(l.left()) && simple(l.right());
      default -> false;
    };
  }

  private static boolean smallColumn(ResultColumn c) {
    SqlType t = c.type();
    return !t.isMax()
        && t.id() != TypeId.TEXT
        && t.id() != TypeId.NTEXT
        && t.id() != TypeId.IMAGE
        && t.id() != TypeId.XML;
  }
}
