package dev.quern.engine.plan.rules;

import dev.quern.engine.plan.AggregateNode;
import dev.quern.engine.plan.FilterNode;
import dev.quern.engine.plan.JoinNode;
import dev.quern.engine.plan.PlanNode;
import dev.quern.engine.plan.ProjectNode;
import dev.quern.engine.plan.SortNode;
import dev.quern.engine.plan.TopNode;
import java.util.List;

/**
 * The rewrite rules, in the order they run, applied bottom-up once over a bound plan. Each rule is
 * a class of its own; adding one is adding it to {@link #RULES}. The optimized plan must meet the
 * tables' index hints ({@link ForcedAccessCheck}: 8622 otherwise).
 */
public final class Optimizer {
  private static final List<Rule> RULES =
      List.of(
          new ForcedIndexRule(), new PredicatePushdownRule(), new IndexSeekRule(), new OrderedScanRule(), new IndexEndAggregateRule(), new CoveringReadRule(),
          new ColumnstoreScanRule(), new ColumnPruningRule(),
          new MissingIndexRule(), new ExistsSemiJoinRule(), new IndexSpoolRule(),
          new HashJoinRule(), new IndexLookupJoinRule());

  private Optimizer() {}

  public static PlanNode optimize(PlanNode node) {
    PlanNode n = rewrite(node);
    ForcedAccessCheck.verify(n);
    return n;
  }

  /** {@code node} optimized bottom-up (a rule that builds a new subtree optimizes it with this). */
  static PlanNode rewrite(PlanNode node) {
    return applyRules(withOptimizedInputs(node));
  }

  /** The rules applied to {@code node} itself, its inputs as they are (optimized already). */
  static PlanNode applyRules(PlanNode node) {
    PlanNode n = node;
    for (Rule r : RULES) {
      n = r.apply(n);
    }
    return n;
  }

  /** Rewrites the inputs of the nodes that can sit above a table access today. */
  private static PlanNode withOptimizedInputs(PlanNode node) {
    return switch (node) {
      case FilterNode f -> new FilterNode(rewrite(f.input()), f.predicate());
      case ProjectNode p -> new ProjectNode(rewrite(p.input()), p.exprs(), p.columns());
      case AggregateNode a -> new AggregateNode(rewrite(a.input()), a.keys(), a.aggregates(), a.columns(), a.groupingSets());
      case SortNode s -> new SortNode(rewrite(s.input()), s.keys());
      case TopNode t -> new TopNode(rewrite(t.input()), t.count(), t.percent());
      case JoinNode j -> new JoinNode(rewrite(j.left()), rewrite(j.right()), j.type(), j.on(), j.columns());
      case dev.quern.engine.plan.ApplyNode a ->
          new dev.quern.engine.plan.ApplyNode(rewrite(a.left()), a.right(), a.outer(), a.columns(), a.lateral());
      default -> node;
    };
  }
}
