package dev.quern.engine.exec;

import dev.quern.catalog.meta.RowCursor;
import dev.quern.engine.store.IoStatistics;

/** An UPDATE's or DELETE's read of its target, counted for SET STATISTICS IO (only while it is on). */
final class CountedCursor implements RowCursor {
  private final RowCursor rows;
  private final IoStatistics.Counts io;

  CountedCursor(RowCursor rows, IoStatistics.Counts io) {
    this.rows = rows;
    this.io = io;
    io.opened();
  }

  @Override
  public boolean next() {
    if (!rows.next()) {
      return false;
    }
    io.read();
    return true;
  }

  @Override
  public byte[] locator() {
    return rows.locator();
  }

  @Override
  public Object[] row() {
    return rows.row();
  }

  @Override
  public Object[] rowWithLobRefs() {
    return rows.rowWithLobRefs();
  }

  @Override
  public void close() {
    rows.close();
  }
}
