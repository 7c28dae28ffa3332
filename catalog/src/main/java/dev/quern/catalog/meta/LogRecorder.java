package dev.quern.catalog.meta;

import dev.quern.catalog.codec.RowCodec;
import dev.quern.catalog.codec.RowLayout;
import dev.quern.catalog.kv.KvTxn;

/**
 * Records the row changes a transaction makes to one table of a database whose commits are logged
 * or mark changed tables ({@link TransactionLog}): the table is noted for the differential marks,
 * and while the database is logging, each change is written as a pending log operation in the
 * transaction itself, so a rolled-back statement or savepoint takes it away with its rows.
 */
final class LogRecorder implements RowChanges {
  private final TransactionLog log;
  private final KvTxn txn;
  private final int databaseId;
  private final Table table;
  private final int shape;
  private final RowLayout layout;

  LogRecorder(TransactionLog log, KvTxn txn, int databaseId, Table table) {
    this.log = log;
    this.txn = txn;
    this.databaseId = databaseId;
    this.table = table;
    this.shape = LogRecord.shape(table);
    this.layout = DatabaseImage.columnLayout(table);
  }

  @Override
  public void inserted(Object[] row) {
    write(LogRecord.INSERT, null, row);
  }

  @Override
  public void updated(Object[] oldRow, Object[] newRow) {
    write(LogRecord.UPDATE, oldRow, newRow);
  }

  @Override
  public void deleted(Object[] oldRow) {
    write(LogRecord.DELETE, oldRow, null);
  }

  /** TRUNCATE TABLE: every row goes, with no per-row operation. */
  void truncated() {
    write(LogRecord.TRUNCATE, null, null);
  }

  private void write(byte kind, Object[] oldRow, Object[] newRow) {
    log.touched(txn, databaseId, table.id(), () -> LogRecord.op(kind, table.id(), shape, encode(oldRow),
        encode(newRow)));
  }

  private byte[] encode(Object[] row) {
    return row == null ? null : RowCodec.encode(layout, row, null);
  }
}
