package dev.quern.catalog.meta;

/**
 * A table opened by {@link Catalog#openWithoutLocks}: its rows, readable without locks until the
 * read is closed. Closing it lets a DDL waiting for the table proceed; it does not end the
 * read-only transaction the rows are read through.
 */
public final class LockFreeRead implements AutoCloseable {
  private final TableStore rows;
  private Runnable leave;

  LockFreeRead(TableStore rows, Runnable leave) {
    this.rows = rows;
    this.leave = leave;
  }

  public TableStore rows() {
    return rows;
  }

  @Override
  public void close() {
    Runnable l = leave;
    leave = null;
    if (l != null) {
      l.run();
    }
  }
}
