package dev.quern.engine.plan.rules;

import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.plan.AggregateCall;
import dev.quern.engine.plan.AggregateNode;
import dev.quern.engine.plan.PlanNode;
import dev.quern.engine.plan.ProjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The nodes whose output is made only of expressions over their input's rows (Project, Aggregate):
 * what rules that narrow the access below them (covering reads, column pruning) ask of them.
 */
final class ReadingNodes {
  private ReadingNodes() {}

  /**
   * The expressions {@code node} evaluates over its input's rows (projections; group keys,
   * aggregate arguments, STRING_AGG's separators and orders), or null when it is not such a node.
   */
  static List<BoundExpr> exprsRead(PlanNode node) {
    return switch (node) {
      case ProjectNode p -> p.exprs();
      case AggregateNode a -> {
        List<BoundExpr> read = new ArrayList<>(a.keys());
        for (AggregateCall c : a.aggregates()) {
          if (c.arg() != null) { // COUNT(*) reads no column
            read.add(c.arg());
          }
          if (c.separator() != null) { // STRING_AGG's separator and WITHIN GROUP keys
            read.add(c.separator());
          }
          c.order().forEach(k -> read.add(k.expr()));
        }
        yield read;
      }
      default -> null;
    };
  }

  /** {@code node} (one {@link #exprsRead} answers for) over {@code input} instead of its own. */
  static PlanNode withInput(PlanNode node, PlanNode input) {
    return switch (node) {
      case ProjectNode p -> new ProjectNode(input, p.exprs(), p.columns());
      case AggregateNode a -> new AggregateNode(input, a.keys(), a.aggregates(), a.columns(), a.groupingSets());
      default -> throw new IllegalArgumentException("Not a reading node: " + node.describe());
    };
  }

  /** The one input of a reading node. */
  static PlanNode input(PlanNode node) {
    return node.inputs().getFirst();
  }
}
