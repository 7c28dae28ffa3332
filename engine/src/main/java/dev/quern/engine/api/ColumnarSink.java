package dev.quern.engine.api;

import dev.quern.ext.spi.ColumnBatch;
import dev.quern.ext.spi.ExternalColumn;
import java.util.List;

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

  /** A result set's columns as a {@link ColumnBatch} describes them (an unnamed column as ""). */
  static List<ExternalColumn> batchColumns(List<ResultColumn> columns) {
    return columns.stream().map(c -> new ExternalColumn(c.name() == null ? "" : c.name(), c.type())).toList();
  }
}
