package dev.quern.ext.spi;

import java.util.List;

/**
 * The rows of {@code @input_data_1}, pulled by the runtime in batches so that no side holds the
 * whole input. Values use the Java representation of {@link dev.quern.catalog.type.TypeId}.
 */
public interface RowSource {
  /** The input columns, in order. */
  List<ExternalColumn> columns();

  /**
   * Fills {@code batch[0..n)} with the next rows (each an {@code Object[]} of
   * {@code columns().size()} values; the array may be reused by the caller) and returns n; 0 means
   * the input is exhausted.
   */
  int next(Object[][] batch);

  /**
   * Appends the next rows to {@code into} (whose columns are this source's): up to {@code max}
   * and up to its capacity, fewer only at the end of the input; returns how many, 0 meaning the
   * input is exhausted. Sources that make their rows one at a time fill the batch as they go (see
   * {@link ColumnBatch}); this default goes through {@link #next(Object[][])}.
   */
  default int next(ColumnBatch into, int max) {
    int total = 0;
    Object[][] rows = new Object[Math.min(Math.max(1, max), 1024)][];
    while (total < max && !into.isFull()) {
      int want = Math.min(Math.min(rows.length, max - total), into.capacity() - into.rowCount());
      Object[][] batch = want == rows.length ? rows : new Object[want][];
      int n = next(batch);
      if (n == 0) {
        break;
      }
      for (int i = 0; i < n; i++) {
        into.add(batch[i]);
      }
      total += n;
    }
    return total;
  }

  /** A source with the given columns and no rows (an input query that returned nothing). */
  static RowSource empty(List<ExternalColumn> columns) {
    List<ExternalColumn> copy = List.copyOf(columns);
    return new RowSource() {
      @Override
      public List<ExternalColumn> columns() {
        return copy;
      }

      @Override
      public int next(Object[][] batch) {
        return 0;
      }
    };
  }

  /** A source over rows already in memory (tests, small inputs). */
  static RowSource of(List<ExternalColumn> columns, List<Object[]> rows) {
    List<ExternalColumn> copy = List.copyOf(columns);
    return new RowSource() {
      private int position;

      @Override
      public List<ExternalColumn> columns() {
        return copy;
      }

      @Override
      public int next(Object[][] batch) {
        int n = Math.min(batch.length, rows.size() - position);
        for (int i = 0; i < n; i++) {
          batch[i] = rows.get(position++);
        }
        return n;
      }
    };
  }
}
