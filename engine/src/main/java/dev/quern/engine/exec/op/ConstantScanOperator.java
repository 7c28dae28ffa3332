package dev.quern.engine.exec.op;

/** Yields one empty row. */
final class ConstantScanOperator implements Operator {
  private static final Object[] EMPTY = new Object[0];
  private boolean done;

  @Override
  public Object[] next() {
    if (done) {
      return null;
    }
    done = true;
    return EMPTY;
  }
}
