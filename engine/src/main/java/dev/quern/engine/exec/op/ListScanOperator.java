package dev.quern.engine.exec.op;

import java.util.List;

/** Yields rows already materialized (a system view's rows, which are few). */
final class ListScanOperator implements Operator {
  private final List<Object[]> rows;
  private int next;

  ListScanOperator(List<Object[]> rows) {
    this.rows = rows;
  }

  @Override
  public Object[] next() {
    return next < rows.size() ? rows.get(next++) : null;
  }
}
