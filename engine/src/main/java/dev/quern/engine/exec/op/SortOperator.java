package dev.quern.engine.exec.op;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads its whole input, sorts it (stable, so ties keep input order) and yields it. Spilling to
 * tempdb work tables arrives with storage (issue 3); until then the sort is in memory.
 */
final class SortOperator implements Operator {
  private final Operator input;
  private final RowComparator comparator;
  private final Runnable cancelCheck;
  private List<Object[]> rows;
  private int next;

  SortOperator(Operator input, RowComparator comparator, Runnable cancelCheck) {
    this.input = input;
    this.comparator = comparator;
    this.cancelCheck = cancelCheck;
  }

  @Override
  public Object[] next() {
    if (rows == null) {
      rows = new ArrayList<>();
      Object[] r;
      while ((r = input.next()) != null) {
        rows.add(r);
        if ((rows.size() & 1023) == 0) {
          cancelCheck.run();
        }
      }
      rows.sort(comparator);
    }
    return next < rows.size() ? rows.get(next++) : null;
  }
}
