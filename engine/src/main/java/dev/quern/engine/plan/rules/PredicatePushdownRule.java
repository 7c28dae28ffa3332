package dev.quern.engine.plan.rules;

import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.ast.TableSource.Join.JoinType;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.ColumnExpr;
import dev.quern.engine.expr.ComparisonPredicate;
import dev.quern.engine.expr.LogicalPredicate;
import dev.quern.engine.plan.ApplyNode;
import dev.quern.engine.plan.FilterNode;
import dev.quern.engine.plan.HashJoinNode;
import dev.quern.engine.plan.JoinNode;
import dev.quern.engine.plan.PlanNode;
import dev.quern.engine.plan.ProjectNode;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A WHERE's AND-ed conditions go down to the rows they read, so that a table's seek rules see
 * them: {@code … FROM a JOIN b ON a.id = b.id WHERE a.id = 5} seeks a, where it used to join both
 * whole tables and filter after. Through a join, a condition on one side's columns only goes to
 * that side (both sides of an inner or cross join; only the preserved side of an outer one);
 * through a projection (a derived table, a view, a common table expression), a condition on
 * columns it passes through unchanged goes below it. A condition on an equi-join key of an inner
 * or left join also gives the other side the same condition on its key ({@code a.id = 5} and
 * {@code a.id = b.id}: {@code b.id = 5}), for key types whose equality is their value's (numbers,
 * dates and times, uniqueidentifier), never strings, whose equality depends on a collation. What
 * cannot go down stays in the filter, as before. A join's own ON conditions on one side go down the
 * same way where that changes no row ({@link #onConditionsDown}).
 */
final class PredicatePushdownRule implements Rule {
  @Override
  public PlanNode apply(PlanNode node) {
    if (node instanceof JoinNode j && j.on() != null) {
      return onConditionsDown(j);
    }
    if (!(node instanceof FilterNode f)) {
      return node;
    }
    return switch (f.input()) {
      case JoinNode j -> throughJoin(f, j.left(), j.right(), j.type(), List.of(),
          (l, r) -> new JoinNode(l, r, j.type(), j.on(), j.columns()));
      case HashJoinNode h -> throughJoin(f, h.left(), h.right(), h.type(), h.keys(),
          (l, r) -> new HashJoinNode(l, r, h.type(), h.on(), h.columns(), h.keys()));
      case ProjectNode p -> throughProject(f, p);
      case ApplyNode a -> throughApply(f, a);
      default -> node;
    };
  }

  /**
   * CROSS and OUTER APPLY keep every left row's columns as they are, so a WHERE condition on the left
   * columns alone filters the left rows before the right side runs for each ({@code … CROSS APPLY (…)
   * WHERE c.id < 100} runs it 99 times, not once per row of c).
   */
  private static PlanNode throughApply(FilterNode f, ApplyNode a) {
    int leftWidth = a.left().columns().size();
    List<BoundExpr> leftConditions = new ArrayList<>();
    List<BoundExpr> kept = new ArrayList<>();
    for (BoundExpr c : Conjuncts.of(f.predicate())) {
      BitSet read = ColumnRemap.columnsRead(c);
      if (read != null && !read.isEmpty() && read.nextSetBit(leftWidth) < 0) {
        leftConditions.add(c);
      } else {
        kept.add(c);
      }
    }
    if (leftConditions.isEmpty()) {
      return f;
    }
    PlanNode applied = new ApplyNode(filtered(a.left(), leftConditions), a.right(), a.outer(), a.columns(), a.lateral());
    return kept.isEmpty() ? applied : new FilterNode(applied, Conjuncts.and(kept));
  }

  /**
   * A join's ON conditions on one side's columns also filter that side before the join, where a
   * row they exclude could match nothing: both sides of an inner join, the inner side of an outer
   * one ({@code LEFT JOIN b ON b.a_id = a.id AND b.status = 1} reads only b's status-1 rows), never
   * a full join. The ON keeps them.
   */
  private static PlanNode onConditionsDown(JoinNode j) {
    boolean toLeft = j.type() == JoinType.INNER || j.type() == JoinType.RIGHT;
    boolean toRight = j.type() == JoinType.INNER || j.type() == JoinType.LEFT;
    int leftWidth = j.left().columns().size();
    List<BoundExpr> leftConditions = new ArrayList<>();
    List<BoundExpr> rightConditions = new ArrayList<>();
    for (BoundExpr c : Conjuncts.of(j.on())) {
      BitSet read = ColumnRemap.columnsRead(c);
      if (read == null || read.isEmpty()) {
        continue;
      }
      if (toLeft && read.nextSetBit(leftWidth) < 0) {
        leftConditions.add(c);
      } else if (toRight && read.nextSetBit(0) >= leftWidth) {
        BoundExpr shifted = ColumnRemap.remap(c, i -> ColumnRemap.find(c, i).withIndex(i - leftWidth));
        if (shifted != null) {
          rightConditions.add(shifted);
        }
      }
    }
    PlanNode left = filtered(j.left(), leftConditions);
    PlanNode right = filtered(j.right(), rightConditions);
    return left == j.left() && right == j.right() ? j : new JoinNode(left, right, j.type(), j.on(), j.columns());
  }

  private interface Rejoin {
    PlanNode of(PlanNode left, PlanNode right);
  }

  private static PlanNode throughJoin(
      FilterNode f, PlanNode left, PlanNode right, JoinType type, List<HashJoinNode.Key> keys, Rejoin rejoin) {
    boolean toLeft = type == JoinType.INNER || type == JoinType.CROSS || type == JoinType.LEFT;
    boolean toRight = type == JoinType.INNER || type == JoinType.CROSS || type == JoinType.RIGHT;
    int leftWidth = left.columns().size();
    List<BoundExpr> leftConditions = new ArrayList<>();
    List<BoundExpr> rightConditions = new ArrayList<>();
    List<BoundExpr> kept = new ArrayList<>();
    for (BoundExpr c : Conjuncts.of(f.predicate())) {
      BitSet read = ColumnRemap.columnsRead(c);
      boolean leftOnly = read != null && !read.isEmpty() && read.nextSetBit(leftWidth) < 0;
      boolean rightOnly = read != null && !read.isEmpty() && read.nextSetBit(0) >= leftWidth;
      BoundExpr shifted = rightOnly && toRight ? ColumnRemap.remap(c, i -> ColumnRemap.find(c, i).withIndex(i - leftWidth)) : null;
      if (leftOnly && toLeft) {
        leftConditions.add(c);
        BoundExpr implied = (type == JoinType.INNER || type == JoinType.LEFT) ? impliedOnRight(c, keys, right) : null;
        if (implied != null) {
          rightConditions.add(implied);
        }
      } else if (shifted != null) {
        rightConditions.add(shifted);
      }
      if (!(leftOnly && toLeft) && shifted == null) {
        kept.add(c);
      }
    }
    if (leftConditions.isEmpty() && rightConditions.isEmpty()) {
      return f;
    }
    // The join itself is looked at again: a side that became a seek may make it a lookup join.
    PlanNode joined = Optimizer.applyRules(rejoin.of(filtered(left, leftConditions), filtered(right, rightConditions)));
    return kept.isEmpty() ? joined : new FilterNode(joined, Conjuncts.and(kept));
  }

  /**
   * {@code key op value} on the left side of an equi-join key, as the same condition on the
   * right side's key column (right-side positions); null when {@code c} is no such condition.
   */
  private static BoundExpr impliedOnRight(BoundExpr c, List<HashJoinNode.Key> keys, PlanNode right) {
    if (!(c instanceof ComparisonPredicate p) || p.op().equals("<>") || p.op().equals("!=")
        || !(p.left() instanceof ColumnExpr col)) {
      return null;
    }
    if (!ColumnRemap.readsNoColumn(p.right())) {
      return null;
    }
    for (HashJoinNode.Key k : keys) {
      if (k.left() != col.index()) {
        continue;
      }
      var rightColumn = right.columns().get(k.right());
      if (!rightColumn.type().equals(col.type()) || !byValue(col.type().id())) {
        return null;
      }
      ColumnExpr onRight = new ColumnExpr(k.right(), rightColumn.name(), rightColumn.type(), rightColumn.nullable());
      return new ComparisonPredicate(p.op(), onRight, p.right());
    }
    return null;
  }

  private static boolean byValue(dev.quern.catalog.type.TypeId t) {
    return SqlTypes.isInteger(t) || t == dev.quern.catalog.type.TypeId.DECIMAL || t == dev.quern.catalog.type.TypeId.NUMERIC
        || t == dev.quern.catalog.type.TypeId.DATE || t == dev.quern.catalog.type.TypeId.DATETIME2
        || t == dev.quern.catalog.type.TypeId.DATETIME || t == dev.quern.catalog.type.TypeId.UNIQUEIDENTIFIER;
  }

  private static PlanNode throughProject(FilterNode f, ProjectNode p) {
    List<BoundExpr> pushed = new ArrayList<>();
    List<BoundExpr> kept = new ArrayList<>();
    for (BoundExpr c : Conjuncts.of(f.predicate())) {
      BoundExpr below = ColumnRemap.remap(c, i -> i >= 0 && i < p.exprs().size() && p.exprs().get(i) instanceof ColumnExpr e ? e : null);
      BitSet read = ColumnRemap.columnsRead(c);
      if (below != null && read != null && !read.isEmpty()) {
        pushed.add(below);
      } else {
        kept.add(c);
      }
    }
    if (pushed.isEmpty()) {
      return f;
    }
    PlanNode projected = new ProjectNode(filtered(p.input(), pushed), p.exprs(), p.columns());
    return kept.isEmpty() ? projected : new FilterNode(projected, Conjuncts.and(kept));
  }

  /** {@code input} under {@code conditions} (merged into a filter it already has), optimized again. */
  private static PlanNode filtered(PlanNode input, List<BoundExpr> conditions) {
    if (input instanceof FilterNode existing) {
      // A condition it filters by already (an ON condition pushed by an earlier pass) is not added twice.
      List<String> present = Conjuncts.of(existing.predicate()).stream().map(BoundExpr::toSql).toList();
      conditions = conditions.stream().filter(c -> !present.contains(c.toSql())).toList();
    }
    if (conditions.isEmpty()) {
      return input;
    }
    FilterNode f = input instanceof FilterNode existing
        ? new FilterNode(existing.input(), new LogicalPredicate(true, existing.predicate(), Conjuncts.and(conditions)))
        : new FilterNode(input, Conjuncts.and(conditions));
    return Optimizer.rewrite(f);
  }
}
