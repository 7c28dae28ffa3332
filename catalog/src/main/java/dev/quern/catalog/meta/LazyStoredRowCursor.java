package dev.quern.catalog.meta;

import dev.quern.catalog.kv.KvIterator;

/**
 * The rows an iterator over a table's row index walks, each row's bytes fetched from the store
 * only when asked for: {@link #stored(byte[])} copies them into the reader's buffer, so a
 * column-at-a-time reader (an aggregate over a whole table) makes no array per row, and a reader
 * that only counts rows fetches none. Rows are asked for while the cursor is on them (before
 * the next {@link #next()}), as every {@link RowCursor} reader does.
 */
final class LazyStoredRowCursor implements StoredRowCursor {
  private final KvIterator it;
  private final IndexSeekCursor.RowDecoder decoder;
  private byte[] value;

  LazyStoredRowCursor(KvIterator it, IndexSeekCursor.RowDecoder decoder) {
    this.it = it;
    this.decoder = decoder;
  }

  @Override
  public boolean next() {
    value = null;
    return it.next();
  }

  @Override
  public byte[] stored() {
    if (value == null) {
      value = it.value();
    }
    return value;
  }

  @Override
  public int stored(byte[] into) {
    if (value != null) {
      return StoredRowCursor.super.stored(into);
    }
    return it.value(into);
  }

  @Override
  public byte[] locator() {
    return it.key();
  }

  @Override
  public Object[] row() {
    return decoder.decode(stored(), false);
  }

  @Override
  public Object[] rowWithLobRefs() {
    return decoder.decode(stored(), true);
  }

  @Override
  public void close() {
    it.close();
  }
}
