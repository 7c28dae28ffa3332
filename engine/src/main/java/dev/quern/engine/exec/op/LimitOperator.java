package dev.quern.engine.exec.op;

/** Skips {@code offset} rows, then passes at most {@code limit} (negative: no limit). */
final class LimitOperator implements Operator {
  private final Operator input;
  private long offset;
  private long remaining;

  LimitOperator(Operator input, long offset, long limit) {
    this.input = input;
    this.offset = offset;
    this.remaining = limit;
  }

  @Override
  public Object[] next() {
    while (offset > 0) {
      if (input.next() == null) {
        return null;
      }
      offset--;
    }
    if (remaining == 0) {
      return null;
    }
    Object[] r = input.next();
    if (r != null && remaining > 0) {
      remaining--;
    }
    return r;
  }
}
