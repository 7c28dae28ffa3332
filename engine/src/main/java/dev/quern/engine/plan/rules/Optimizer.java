package dev.quern.engine.plan.rules;

import dev.quern.engine.plan.FilterNode;
import dev.quern.engine.plan.PlanNode;
import java.util.List;

/**
 * The rewrite rules, in the order they run, applied bottom-up once over a bound plan. Each rule is
 * a class of its own; adding one is adding it to {@link #RULES}.
 */
public final class Optimizer {
  private static final List<Rule> RULES = List.of(new IndexSeekRule());

  private Optimizer() {}

  public static PlanNode optimize(PlanNode node) {
    PlanNode n = withOptimizedInputs(node);
    for (Rule r : RULES) {
      n = r.apply(n);
    }
    return n;
  }

  /** Rewrites the inputs of the nodes that can sit above a table access today. */
  private static PlanNode withOptimizedInputs(PlanNode node) {
    return switch (node) {
      case FilterNode f -> new FilterNode(optimize(f.input()), f.predicate());
      default -> node;
    };
  }
}
