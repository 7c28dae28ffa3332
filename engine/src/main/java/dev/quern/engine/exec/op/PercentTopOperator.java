package dev.quern.engine.exec.op;

import java.util.ArrayList;
import java.util.List;

/** TOP (n) PERCENT: needs the input's size, so it buffers, then yields ceil(n% of it). */
final class PercentTopOperator implements Operator {
  private final Operator input;
  private final double percent;
  private List<Object[]> rows;
  private long limit;
  private int next;

  PercentTopOperator(Operator input, double percent) {
    this.input = input;
    this.percent = percent;
  }

  @Override
  public Object[] next() {
    if (rows == null) {
      rows = new ArrayList<>();
      Object[] r;
      while ((r = input.next()) != null) {
        rows.add(r);
      }
      limit = (long) Math.ceil(rows.size() * percent / 100.0);
    }
    return next < limit && next < rows.size() ? rows.get(next++) : null;
  }
}
