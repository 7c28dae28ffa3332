package dev.quern.catalog.meta;

/**
 * A {@link RowCursor} that also hands out the current row as stored, for readers that take the
 * values they need straight from its bytes ({@link dev.quern.catalog.codec.RowCodec#locate}) under
 * the table's {@link TableStore#layout}.
 */
public interface StoredRowCursor extends RowCursor {
  /** The current row's stored bytes (the reader's own copy). */
  byte[] stored();

  /**
   * Copies the current row's stored bytes into {@code into} when they fit and returns their length
   * either way (longer than {@code into}: nothing copied, call again with a buffer that big). A
   * reader that looks at each row once reuses one buffer instead of an array per row.
   */
  default int stored(byte[] into) {
    byte[] s = stored();
    if (s.length <= into.length) {
      System.arraycopy(s, 0, into, 0, s.length);
    }
    return s.length;
  }
}
