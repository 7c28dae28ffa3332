package dev.quern.engine.exec.op;

import dev.quern.ext.spi.ColumnBatch;

/** A plan evaluated a column at a time straight into a {@link ColumnBatch} (see ColumnarSink). */
public interface ColumnarSource {
  /**
   * Appends the next rows to {@code batch} (its columns those of the plan): at most {@code max} and
   * its room; returns how many, 0 at the end of the rows.
   */
  int fill(ColumnBatch batch, int max);
}
