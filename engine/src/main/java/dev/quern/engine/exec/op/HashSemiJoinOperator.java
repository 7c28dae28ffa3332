package dev.quern.engine.exec.op;

import dev.quern.engine.plan.SemiJoinNode;
import java.util.HashSet;
import java.util.Set;

/** A hash (anti) semi join (see {@link SemiJoinNode}): the right input's keys are read into a set once. */
final class HashSemiJoinOperator implements Operator {
  private final Operator left;
  private final Operator right;
  private final SemiJoinNode node;
  private final Runnable cancelCheck;
  private Set<Object> keys;

  HashSemiJoinOperator(Operator left, Operator right, SemiJoinNode node, Runnable cancelCheck) {
    this.left = left;
    this.right = right;
    this.node = node;
    this.cancelCheck = cancelCheck;
  }

  @Override
  public Object[] next() {
    if (keys == null) {
      keys = new HashSet<>();
      for (Object[] r; (r = right.next()) != null; ) {
        cancelCheck.run();
        Object key = HashKeys.of(r, node.keys(), false);
        if (key != null) {
          keys.add(key);
        }
      }
    }
    for (Object[] row; (row = left.next()) != null; ) {
      cancelCheck.run();
      Object key = HashKeys.of(row, node.keys(), true);
      boolean matched = key != null && keys.contains(key);
      if (matched != node.anti()) {
        return row;
      }
    }
    return null;
  }
}
