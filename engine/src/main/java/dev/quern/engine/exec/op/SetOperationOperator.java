package dev.quern.engine.exec.op;

import dev.quern.catalog.value.Collation;
import dev.quern.engine.ast.QuerySpec.SetOperator;
import java.util.HashSet;
import java.util.Set;

/**
 * UNION ALL streams both inputs; UNION drops duplicates; EXCEPT and INTERSECT read the right
 * input into a set first, then stream the distinct left rows that are (not) in it.
 */
final class SetOperationOperator implements Operator {
  private final Operator left;
  private final Operator right;
  private final SetOperator operator;
  private final boolean all;
  private final int width;
  private final Collation[] collations;
  private final Set<GroupKey> seen = new HashSet<>();
  private Set<GroupKey> rightRows;
  private boolean leftDone;

  SetOperationOperator(
      Operator left, Operator right, SetOperator operator, boolean all, int width, Collation[] collations) {
    this.collations = collations;
    this.left = left;
    this.right = right;
    this.operator = operator;
    this.all = all;
    this.width = width;
  }

  @Override
  public Object[] next() {
    return operator == SetOperator.UNION ? union() : filtered();
  }

  private Object[] union() {
    Object[] r;
    while (true) {
      r = leftDone ? right.next() : left.next();
      if (r == null) {
        if (leftDone) {
          return null;
        }
        leftDone = true;
        continue;
      }
      if (all || seen.add(new GroupKey(r, width, collations))) {
        return r;
      }
    }
  }

  private Object[] filtered() {
    if (rightRows == null) {
      rightRows = new HashSet<>();
      Object[] r;
      while ((r = right.next()) != null) {
        rightRows.add(new GroupKey(r, width, collations));
      }
    }
    Object[] r;
    while ((r = left.next()) != null) {
      GroupKey key = new GroupKey(r, width, collations);
      boolean inRight = rightRows.contains(key);
      if (inRight == (operator == SetOperator.INTERSECT) && seen.add(key)) {
        return r;
      }
    }
    return null;
  }
}
