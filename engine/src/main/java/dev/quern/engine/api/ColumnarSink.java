package dev.quern.engine.api;

import dev.quern.ext.spi.ColumnBatch;

/**
 * A sink that can take a result set's rows written column by column into its own batches instead
 * of an {@code Object[]} per row (the input of an external script). The engine uses it only for
 * plans it can evaluate a column at a time; every other plan sends rows to {@link #row} as usual.
 */
public interface ColumnarSink extends ResultSink {
  /**
   * The batch to write the next rows into, with room for at least one row and the current result
   * set's columns; null when the sink takes this result set's rows only through {@link #row}.
   * Rows the engine adds to it ({@link ColumnBatch#grow}) are the sink's; the next call may hand
   * a full batch on and return another.
   */
  ColumnBatch columnBatch();
}
