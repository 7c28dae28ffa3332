package dev.quern.engine.exec.op;

import java.util.Iterator;

/** Yields the rows of an iterator as they are pulled (CHANGETABLE(CHANGES …)'s changes). */
final class IteratorOperator implements Operator {
  private final Iterator<Object[]> rows;

  IteratorOperator(Iterator<Object[]> rows) {
    this.rows = rows;
  }

  @Override
  public Object[] next() {
    return rows.hasNext() ? rows.next() : null;
  }
}
