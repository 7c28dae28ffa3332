package dev.quern.engine.plan;

import dev.quern.engine.api.ResultColumn;
import java.util.ArrayList;
import java.util.List;

/**
 * A hash semi join (EXISTS) or anti semi join (NOT EXISTS): the left rows that have ({@code anti}:
 * have no) right row with equal keys, each once, unchanged. The right input is read once into a
 * set of its keys; a NULL key matches nothing, so an anti semi join keeps a left row whose key is NULL.
 */
public record SemiJoinNode(PlanNode left, PlanNode right, boolean anti, List<HashJoinNode.Key> keys)
    implements PlanNode {
  public SemiJoinNode {
    keys = List.copyOf(keys);
  }

  @Override
  public List<ResultColumn> columns() {
    return left.columns();
  }

  @Override
  public List<PlanNode> inputs() {
    return List.of(left, right);
  }

  @Override
  public String describe() {
    List<String> ks = new ArrayList<>();
    for (HashJoinNode.Key k : keys) {
      ks.add(left.columns().get(k.left()).name() + " = " + right.columns().get(k.right()).name());
    }
    return "HashSemiJoin(" + (anti ? "ANTI" : "SEMI") + ", " + String.join(", ", ks) + ")";
  }
}
