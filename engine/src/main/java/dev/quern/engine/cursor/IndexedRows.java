package dev.quern.engine.cursor;

/**
 * Rows counted at OPEN, walked by ordinal: position 0 is before the first row and {@code size() +
 * 1} after the last; a fetch that leaves the rows stays just outside them, so FETCH PRIOR after
 * the end gives the last row again, as in SQL Server.
 */
abstract class IndexedRows implements CursorRows {
  private int position;

  abstract int size();

  /** The row at ordinal {@code i} (0-based), or null when it is gone (a keyset row deleted). */
  abstract Object[] rowAt(int i);

  abstract byte[] locatorAt(int i);

  @Override
  public long count() {
    return size();
  }

  @Override
  public Fetched fetch(Orientation orientation, long n) {
    int size = size();
    long target =
        switch (orientation) {
          case NEXT -> position + 1L;
          case PRIOR -> position - 1L;
          case FIRST -> 1;
          case LAST -> size;
          case ABSOLUTE -> n >= 0 ? n : size + 1L + n;
          case RELATIVE -> position + n;
        };
    if (target < 1) {
      position = 0;
      return Fetched.END;
    }
    if (target > size) {
      position = size + 1;
      return Fetched.END;
    }
    position = (int) target;
    Object[] row = rowAt(position - 1);
    return row == null ? Fetched.MISSING : Fetched.row(row);
  }

  @Override
  public byte[] locator() {
    return position >= 1 && position <= size() ? locatorAt(position - 1) : null;
  }
}
