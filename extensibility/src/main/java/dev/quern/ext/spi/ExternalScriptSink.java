package dev.quern.ext.spi;

import java.util.List;
import java.util.Map;

/**
 * Receives what an external script call produces, in this order: {@link #onResultSet} (at most
 * once, only when the script assigned a DataFrame with at least one column to the output name),
 * {@link #onRows} any number of times (bounded batches; the arrays are the sink's to keep), then
 * {@link #onOutputParameters}, {@link #onStdout} and {@link #onStderr}. On failure nothing more is
 * called and the {@link ExternalScriptException} carries the captured output instead.
 */
public interface ExternalScriptSink {
  /** The output result set's columns: the DataFrame's column names and inferred SQL types. */
  void onResultSet(List<ExternalColumn> columns);

  /** {@code rows[0..count)} are the next output rows, values in the TypeId representation. */
  void onRows(Object[][] rows, int count);

  /**
   * The next output rows as a columnar batch, valid only during this call: a sink that can write
   * them without an {@code Object[]} per row overrides this; by default they go to {@link #onRows}.
   */
  default void onBatch(dev.quern.catalog.value.RowBatch batch) {
    int n = batch.rowCount();
    Object[][] rows = new Object[n][];
    for (int r = 0; r < n; r++) {
      rows[r] = batch.row(r);
    }
    if (n > 0) {
      onRows(rows, n);
    }
  }

  /** OUTPUT parameter values by name (with the {@code @}), converted to their declared types. */
  default void onOutputParameters(Map<String, Object> values) {}

  /** What the script printed to stdout (all chunks concatenated; capped with a note). */
  default void onStdout(String text) {}

  /** What the script printed to stderr (capped with a note). */
  default void onStderr(String text) {}
}
