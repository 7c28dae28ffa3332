package dev.quern.engine.exec.op;

import java.util.HashSet;
import java.util.Set;

/** Drops rows equal (by SQL equality, NULLs equal) to one already seen. */
final class DistinctOperator implements Operator {
  private final Operator input;
  private final int width;
  private final Set<GroupKey> seen = new HashSet<>();

  DistinctOperator(Operator input, int width) {
    this.input = input;
    this.width = width;
  }

  @Override
  public Object[] next() {
    Object[] r;
    while ((r = input.next()) != null) {
      if (seen.add(new GroupKey(r, width))) {
        return r;
      }
    }
    return null;
  }
}
