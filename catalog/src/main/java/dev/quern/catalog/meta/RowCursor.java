package dev.quern.catalog.meta;

/**
 * A cursor over rows: of the table in row-index order, or through a nonclustered index. Starts
 * before the first row; close it before the transaction ends.
 */
public interface RowCursor extends AutoCloseable {
  boolean next();

  /**
   * The current row's locator (its key in the store), for {@link TableStore#update}/{@link
   * TableStore#delete}.
   */
  byte[] locator();

  /** The current row, in {@link Table#columns()} order, LOB values read whole. */
  Object[] row();

  /**
   * As {@link #row()}, with each value stored outside the row left as a {@link
   * dev.quern.catalog.codec.LobRef} to stream with {@link TableStore#openLob} (large varbinary(max)
   * and nvarchar(max) values sent in chunks).
   */
  Object[] rowWithLobRefs();

  @Override
  void close();
}
