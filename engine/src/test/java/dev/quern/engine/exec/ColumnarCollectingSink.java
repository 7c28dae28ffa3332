package dev.quern.engine.exec;

import dev.quern.engine.CollectingSink;
import dev.quern.engine.api.ColumnarSink;
import dev.quern.engine.api.ResultColumn;
import dev.quern.ext.spi.ColumnBatch;
import dev.quern.ext.spi.ExternalColumn;
import java.util.List;

/**
 * Takes the first result set of a statement by columns into small batches (so rows cross
 * several of them), reporting each batch's rows as Row events once full or at DONE.
 */
final class ColumnarCollectingSink extends CollectingSink implements ColumnarSink {
  private ColumnBatch batch;
  int columnarRows;

  @Override
  public void columns(List<ResultColumn> columns) {
    super.columns(columns);
    batch = new ColumnBatch(columns.stream().map(c -> new ExternalColumn(c.name() == null ? "" : c.name(), c.type())).toList(), 7);
  }

  @Override
  public ColumnBatch columnBatch() {
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
