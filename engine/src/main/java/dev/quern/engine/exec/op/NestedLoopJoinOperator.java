package dev.quern.engine.exec.op;

import dev.quern.engine.ast.TableSource.Join.JoinType;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.EvalContext;
import java.util.ArrayList;
import java.util.List;

/**
 * A nested-loop join: the right input is read once into memory, then every left row is matched
 * against it. LEFT/FULL emit unmatched left rows with NULLs; RIGHT/FULL emit the right rows no
 * left row matched, after the left input ends.
 */
final class NestedLoopJoinOperator implements Operator {
  private final Operator left;
  private final Operator rightInput;
  private final JoinType type;
  private final JoinRows join;
  private final Runnable cancelCheck;
  private List<Object[]> right;
  private boolean[] rightMatched;
  private Object[] current;
  private int position;
  private boolean currentMatched;
  private boolean leftDone;
  private int unmatchedPosition;

  NestedLoopJoinOperator(
      Operator left, Operator right, JoinType type, BoundExpr on, EvalContext ctx, int leftWidth,
      int rightWidth, Runnable cancelCheck) {
    this.left = left;
    this.rightInput = right;
    this.type = type;
    this.join = new JoinRows(ctx, on, leftWidth, rightWidth);
    this.cancelCheck = cancelCheck;
  }

  @Override
  public Object[] next() {
    if (right == null) {
      right = new ArrayList<>();
      for (Object[] r; (r = rightInput.next()) != null; ) {
        right.add(r.clone());
      }
      rightMatched = new boolean[right.size()];
    }
    while (!leftDone) {
      if (current == null) {
        Object[] l = left.next();
        if (l == null) {
          leftDone = true;
          break;
        }
        current = l.clone();
        position = 0;
        currentMatched = false;
      }
      while (position < right.size()) {
        cancelCheck.run();
        int i = position++;
        Object[] row = join.combine(current, right.get(i));
        if (join.matches(row)) {
          currentMatched = true;
          rightMatched[i] = true;
          return row;
        }
      }
      Object[] l = current;
      current = null;
      if (!currentMatched && (type == JoinType.LEFT || type == JoinType.FULL)) {
        return join.combine(l, null);
      }
    }
    if (type == JoinType.RIGHT || type == JoinType.FULL) {
      while (unmatchedPosition < right.size()) {
        int i = unmatchedPosition++;
        if (!rightMatched[i]) {
          return join.combine(null, right.get(i));
        }
      }
    }
    return null;
  }
}
