package dev.quern.engine.api;

import dev.quern.catalog.value.RowBatch;
import java.util.List;

/**
 * Receives, in order, everything a request produces. Implementations may block in {@link #row}
 * to apply back-pressure (the caller runs on a virtual thread).
 */
public interface ResultSink {
  /** A result set starts with these columns; rows follow until the next {@link #done}. */
  void columns(List<ResultColumn> columns);

  /** One row of the current result set, values in the Java representation of their types. */
  /**
   * Browse information for the columns just described (server cursors: TABNAME and COLINFO); a
   * sink that has no use for it ignores it.
   */
  default void browseInfo(BrowseInfo info) {}

  void row(Object[] values);

  /**
   * Rows of the current result set held column by column, valid only during this call. A sink
   * that writes them without an {@code Object[]} per row overrides this; by default each goes to
   * {@link #row}.
   */
  default void rows(RowBatch batch) {
    for (int r = 0, n = batch.rowCount(); r < n; r++) {
      row(batch.row(r));
    }
  }

  /**
   * A statement completed.
   *
   * @param rowCount rows returned or affected, or -1 when the statement reports no count (DDL,
   *     SET, or any statement under SET NOCOUNT ON)
   * @param inProc true for statements run inside a procedure or sp_executesql (DONEINPROC)
   */
  void done(long rowCount, boolean inProc);

  /** An informational (severity ≤ 10) or error (severity ≥ 11) message. */
  void message(SqlMessage message);

  /** The session's environment changed (database, language, transaction state). */
  void envChange(EnvChange change);

  /** The return status of a procedure called by RPC (or EXEC). */
  void returnStatus(int status);

  /** An OUTPUT parameter's value at the end of an RPC, in parameter order. */
  void returnValue(ReturnValue value);
}
