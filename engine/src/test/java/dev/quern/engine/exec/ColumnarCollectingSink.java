package dev.quern.engine.exec;

import dev.quern.engine.CollectingSink;
import dev.quern.engine.api.ColumnarSink;
import dev.quern.engine.api.ResultColumn;
import dev.quern.ext.spi.ColumnBatch;
import java.util.List;

/**
 * Takes the first result set of a statement by columns into small batches (so rows cross
 * several of them), reporting each batch's rows as Row events once full or at DONE; with {@code
 * failAfter} ≥ 0, the batch asked for after that many fails (as a consumer that went away).
 */
public final class ColumnarCollectingSink extends CollectingSink implements ColumnarSink {
  private final int capacity;
  private final int failAfter;
  private ColumnBatch batch;
  private int batches;
  public int columnarRows;

  /** Batches of 7 rows, never failing. */
  public ColumnarCollectingSink() {
    this(7, -1);
  }

  public ColumnarCollectingSink(int capacity, int failAfter) {
    this.capacity = capacity;
    this.failAfter = failAfter;
  }

  @Override
  public void columns(List<ResultColumn> columns) {
    super.columns(columns);
    batch = new ColumnBatch(ColumnarSink.batchColumns(columns), capacity);
  }

  @Override
  public ColumnBatch columnBatch() {
    if (failAfter >= 0 && ++batches > failAfter) {
      throw new IllegalStateException("the consumer went away");
    }
    if (batch.isFull()) {
      flush();
    }
    return batch;
  }

  @Override
  public void row(Object[] values) {
    flush();
    super.row(values);
  }

  @Override
  public void done(long rowCount, boolean inProc) {
    flush();
    super.done(rowCount, inProc);
  }

  private void flush() {
    if (batch == null) {
      return;
    }
    for (int r = 0; r < batch.rowCount(); r++) {
      super.row(batch.row(r));
      columnarRows++;
    }
    batch.clear();
  }
}
