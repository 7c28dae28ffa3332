package dev.quern.engine.plan.rules;

import dev.quern.engine.ast.TableSource.Join.JoinType;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.ColumnExpr;
import dev.quern.engine.expr.LogicalPredicate;
import dev.quern.engine.expr.OuterColumnExpr;
import dev.quern.engine.plan.ApplyNode;
import dev.quern.engine.plan.FilterNode;
import dev.quern.engine.plan.HashJoinNode;
import dev.quern.engine.plan.IndexSeekNode;
import dev.quern.engine.plan.PlanNode;
import dev.quern.engine.plan.ProjectNode;
import dev.quern.engine.plan.TableScanNode;
import dev.quern.engine.plan.TopNode;

/**
 * An index nested-loop join: when the left side of an inner or left equi-join is a seek (few rows:
 * {@code WHERE o.id = @id}) or a TOP, and the right side is a table with an index on its join key,
 * each left row seeks the right table ({@code … JOIN customers c ON c.id = o.customer_id}) instead
 * of the hash join reading the whole right table. It runs as a lateral APPLY: the right side is the
 * table filtered by the ON, whose left columns read the left row as a correlated subquery reads its
 * enclosing row, so the seek rules find the index; a left join keeps a left row without a match
 * (OUTER APPLY). Without a cost model, "few rows" is what a seek or a TOP gives; a left side that
 * reads whole tables keeps the hash join.
 */
final class IndexLookupJoinRule implements Rule {
  @Override
  public PlanNode apply(PlanNode node) {
    if (!(node instanceof HashJoinNode h) || !(h.type() == JoinType.INNER || h.type() == JoinType.LEFT)
        || !fewRows(h.left())) {
      return node;
    }
    TableScanNode table = wholeTable(h.right());
    if (table == null || table.access() != null) {
      return node; // not a plain table read, or its index hints decide
    }
    BoundExpr own = h.right() instanceof FilterNode f ? f.predicate() : null;
    if (own != null && !readsNoEnclosingRow(own) || !readsNoEnclosingRow(h.on())) {
      return node; // a correlation with an enclosing query would need one more level
    }
    int leftWidth = h.left().columns().size();
    BoundExpr on = ColumnRemap.remap(h.on(), i -> {
      ColumnExpr c = ColumnRemap.find(h.on(), i);
      return i < leftWidth ? new OuterColumnExpr(1, i, c.name(), c.type(), c.nullable()) : c.withIndex(i - leftWidth);
    });
    if (on == null) {
      return node;
    }
    PlanNode right = Optimizer.rewrite(new FilterNode(table, own == null ? on : new LogicalPredicate(true, own, on)));
    if (!(right instanceof FilterNode seeking && seeking.input() instanceof IndexSeekNode seek)
        || seek.keys().stream().noneMatch(OuterColumnExpr.class::isInstance)) {
      // No index on the join key: a seek by a constant, or a range from another ON condition
      // (a.id < b.id), would read much of the table once per left row.
      return node;
    }
    return new ApplyNode(h.left(), right, h.type() == JoinType.LEFT, h.columns(), true);
  }

  /** A seek (under filters and projections) or a TOP: a side worth one lookup per row. */
  private static boolean fewRows(PlanNode n) {
    return switch (n) {
      case IndexSeekNode s -> !s.keys().isEmpty() || s.ranged();
      case FilterNode f -> fewRows(f.input());
      case ProjectNode p -> fewRows(p.input());
      case TopNode t -> true;
      default -> false;
    };
  }

  /** The table a side reads whole (under its own filter), or null. */
  private static TableScanNode wholeTable(PlanNode n) {
    return switch (n) {
      case TableScanNode t -> t;
      case FilterNode f when f.input() instanceof TableScanNode t -> t;
      default -> null;
    };
  }

  private static boolean readsNoEnclosingRow(BoundExpr e) {
    return ColumnRemap.everywhere(e, x -> !(x instanceof OuterColumnExpr));
  }
}
