package dev.quern.engine.exec.op;

import java.util.function.Function;

/**
 * CROSS/OUTER APPLY: for each left row, a fresh right operator built against that row; each of
 * its rows is returned joined to the left row, and OUTER returns an unmatched left row once with
 * NULLs on the right.
 */
final class ApplyOperator implements Operator {
  private final Operator left;
  private final Function<Object[], Operator> rightFor;
  private final boolean outer;
  private final int rightWidth;
  private Object[] leftRow;
  private Operator right;
  private boolean matched;

  ApplyOperator(Operator left, Function<Object[], Operator> rightFor, boolean outer, int rightWidth) {
    this.left = left;
    this.rightFor = rightFor;
    this.outer = outer;
    this.rightWidth = rightWidth;
  }

  @Override
  public Object[] next() {
    while (true) {
      if (right == null) {
        leftRow = left.next();
        if (leftRow == null) {
          return null;
        }
        right = rightFor.apply(leftRow);
        matched = false;
      }
      Object[] r = right.next();
      if (r != null) {
        matched = true;
        return concat(leftRow, r);
      }
      right = null;
      if (outer && !matched) {
        return concat(leftRow, new Object[rightWidth]);
      }
    }
  }

  private static Object[] concat(Object[] l, Object[] r) {
    Object[] row = new Object[l.length + r.length];
    System.arraycopy(l, 0, row, 0, l.length);
    System.arraycopy(r, 0, row, l.length, r.length);
    return row;
  }
}
