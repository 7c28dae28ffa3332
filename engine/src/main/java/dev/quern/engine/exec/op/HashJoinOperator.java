package dev.quern.engine.exec.op;

import dev.quern.engine.ast.TableSource.Join.JoinType;
import dev.quern.engine.expr.EvalContext;
import dev.quern.engine.plan.HashJoinNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A hash join (see {@link HashJoinNode}): the right input is read into memory once and indexed by
 * its key columns; each left row meets only the right rows with its key. A NULL key matches
 * nothing, as {@code NULL = NULL} is not true. Outer rows are emitted as the nested loop does.
 */
final class HashJoinOperator implements Operator {
  private static final int[] NONE = new int[0];

  private final Operator left;
  private final Operator rightInput;
  private final HashJoinNode node;
  private final JoinRows join;
  private final Runnable cancelCheck;
  private List<Object[]> right;
  private boolean[] rightMatched;
  private Map<Object, int[]> table;
  private Object[] current;
  private int[] candidates = NONE;
  private int position;
  private boolean currentMatched;
  private boolean leftDone;
  private int unmatchedPosition;

  HashJoinOperator(Operator left, Operator right, HashJoinNode node, EvalContext ctx, Runnable cancelCheck) {
    this.left = left;
    this.rightInput = right;
    this.node = node;
    this.join = new JoinRows(ctx, node.on(), node.left().columns().size(),
        node.right().columns().size());
    this.cancelCheck = cancelCheck;
  }

  @Override
  public Object[] next() {
    if (right == null) {
      build();
    }
    while (!leftDone) {
      if (current == null) {
        Object[] l = left.next();
        if (l == null) {
          leftDone = true;
          break;
        }
        current = l.clone();
        Object key = key(current, true);
        candidates = key == null ? NONE : table.getOrDefault(key, NONE);
        position = 0;
        currentMatched = false;
      }
      while (position < candidates.length) {
        cancelCheck.run();
        int i = candidates[position++];
        Object[] row = join.combine(current, right.get(i));
        if (join.matches(row)) {
          currentMatched = true;
          rightMatched[i] = true;
          return row;
        }
      }
      Object[] l = current;
      current = null;
      if (!currentMatched && (node.type() == JoinType.LEFT || node.type() == JoinType.FULL)) {
        return join.combine(l, null);
      }
    }
    if (node.type() == JoinType.RIGHT || node.type() == JoinType.FULL) {
      while (unmatchedPosition < right.size()) {
        int i = unmatchedPosition++;
        if (!rightMatched[i]) {
          return join.combine(null, right.get(i));
        }
      }
    }
    return null;
  }

  /** Reads the right input; each key lists its rows in input order. */
  private void build() {
    right = new ArrayList<>();
    Map<Object, List<Integer>> rows = new HashMap<>();
    for (Object[] r; (r = rightInput.next()) != null; ) {
      cancelCheck.run();
      Object[] row = r.clone();
      Object key = key(row, false);
      if (key != null) {
        rows.computeIfAbsent(key, k -> new ArrayList<>()).add(right.size());
      }
      right.add(row);
    }
    rightMatched = new boolean[right.size()];
    table = new HashMap<>(rows.size() * 2);
    rows.forEach((k, list) -> table.put(k, list.stream().mapToInt(Integer::intValue).toArray()));
  }

  /** The row's key (one value, or a list for several columns); null when a key column is NULL. */
  private Object key(Object[] row, boolean leftSide) {
    return HashKeys.of(row, node.keys(), leftSide);
  }
}
