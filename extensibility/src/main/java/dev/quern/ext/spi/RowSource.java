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
