package dev.quern.catalog.meta;

/**
 * A {@link RowCursor} that also hands out the current row as stored, for readers that take the
 * values they need straight from its bytes ({@link dev.quern.catalog.codec.RowCodec#locate}) under
 * the table's {@link TableStore#layout}.
 */
public interface StoredRowCursor extends RowCursor {
  /** The current row's stored bytes (the reader's own copy). */
  byte[] stored();
}
