package dev.quern.engine.exec;

import dev.quern.engine.api.BrowseInfo;
import dev.quern.ext.spi.ColumnBatch;
import dev.quern.engine.api.ColumnarSink;
import dev.quern.engine.api.EnvChange;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.api.ResultSink;
import dev.quern.engine.api.ReturnValue;
import dev.quern.catalog.value.RowBatch;
import dev.quern.engine.api.SqlMessage;
import java.util.List;

/**
 * Passes everything on to a sink and notes whether anything went: a statement that found its
 * table's definition changed under it is bound and run again only if it had sent nothing yet.
 * A columnar sink stays columnar ({@link #of}).
 */
class WatchedSink implements ResultSink {
  private final ResultSink to;
  boolean sent;

  private WatchedSink(ResultSink to) {
    this.to = to;
  }

  static WatchedSink of(ResultSink to) {
    return to instanceof ColumnarSink c ? new Columnar(c) : new WatchedSink(to);
  }

  @Override
  public void columns(List<ResultColumn> columns) {
    sent = true;
    to.columns(columns);
  }

  @Override
  public void browseInfo(BrowseInfo info) {
    sent = true;
    to.browseInfo(info);
  }

  @Override
  public void row(Object[] values) {
    sent = true;
    to.row(values);
  }

  @Override
  public void rows(RowBatch batch) {
    sent = true;
    to.rows(batch);
  }

  @Override
  public void done(long rowCount, boolean inProc) {
    sent = true;
    to.done(rowCount, inProc);
  }

  @Override
  public void message(SqlMessage message) {
    sent = true;
    to.message(message);
  }

  @Override
  public void envChange(EnvChange change) {
    sent = true;
    to.envChange(change);
  }

  @Override
  public void returnStatus(int status) {
    sent = true;
    to.returnStatus(status);
  }

  @Override
  public void returnValue(ReturnValue value) {
    sent = true;
    to.returnValue(value);
  }

  private static final class Columnar extends WatchedSink implements ColumnarSink {
    private final ColumnarSink columnar;

    Columnar(ColumnarSink to) {
      super(to);
      this.columnar = to;
    }

    @Override
    public ColumnBatch columnBatch() {
      sent = true;
      return columnar.columnBatch();
    }
  }
}
