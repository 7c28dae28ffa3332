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

  /** The current row, in {@link Table#columns()} order. */
  Object[] row();

  @Override
  void close();
}
