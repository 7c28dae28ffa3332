package dev.quern.engine.exec.op;

import dev.quern.catalog.value.Collation;
import java.util.HashSet;
import java.util.Set;

/** Drops rows equal (by SQL equality, NULLs equal) to one already seen. */
final class DistinctOperator implements Operator {
  private final Operator input;
  private final int width;
  private final Collation[] collations;
  private final Set<GroupKey> seen = new HashSet<>();

  DistinctOperator(Operator input, int width, Collation[] collations) {
    this.input = input;
    this.width = width;
    this.collations = collations;
  }

  @Override
  public Object[] next() {
    Object[] r;
    while ((r = input.next()) != null) {
      if (seen.add(new GroupKey(r, width, collations))) {
        return r;
      }
    }
    return null;
  }
}
