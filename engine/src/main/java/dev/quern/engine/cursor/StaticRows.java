package dev.quern.engine.cursor;

import dev.quern.engine.exec.op.Operator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * A STATIC (INSENSITIVE) cursor's rows: copied when it opens, so changes made afterwards to the
 * tables are not seen (SQL Server keeps this copy in tempdb).
 */
final class StaticRows extends IndexedRows {
  private final List<Object[]> rows = new ArrayList<>();

  /** Reads every row {@code op} yields, {@code width} columns each. */
  StaticRows(Operator op, int width, Runnable cancelCheck) {
    for (Object[] r; (r = op.next()) != null; ) {
      cancelCheck.run();
      rows.add(r.length == width ? r.clone() : java.util.Arrays.copyOf(r, width));
    }
  }

  @Override
  int size() {
    return rows.size();
  }

  @Override
  Object[] rowAt(int i) {
    return rows.get(i);
  }

  @Override
  byte[] locatorAt(int i) {
    return null;
  }

  @Override
  public SingleTableQuery table() {
    return null;
  }
}
