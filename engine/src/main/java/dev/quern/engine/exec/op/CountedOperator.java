package dev.quern.engine.exec.op;

import dev.quern.engine.showplan.ActualCounts;

/** An operator whose executions and rows are counted for an actual plan (STATISTICS XML/PROFILE). */
final class CountedOperator implements Operator {
  private final Operator op;
  private final ActualCounts.Counter counter;

  CountedOperator(Operator op, ActualCounts.Counter counter) {
    this.op = op;
    this.counter = counter;
    counter.executed();
  }

  @Override
  public Object[] next() {
    Object[] row = op.next();
    if (row != null) {
      counter.row();
    }
    return row;
  }
}
