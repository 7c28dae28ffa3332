package dev.quern.engine.exec.op;

import dev.quern.catalog.codec.RowCodec;
import dev.quern.catalog.codec.RowLayout;
import dev.quern.catalog.meta.StoredRowCursor;

/**
 * A cursor's current row, copied by RocksDB into one buffer reused from row to row (grown when a
 * row does not fit: no array per row) and located ({@link RowCodec.Locator}), so that its values
 * are read straight from the bytes. Holds the buffer and the locator's positions: one per thread.
 */
final class LocatedRow {
  private final RowCodec.Locator locator;
  private byte[] bytes = new byte[256];

  LocatedRow(RowLayout layout) {
    this.locator = RowCodec.locator(layout);
  }

  /** Copies and locates {@code cursor}'s current row (after its {@code next()} said there is one). */
  void read(StoredRowCursor cursor) {
    int length = cursor.stored(bytes);
    if (length > bytes.length) {
      bytes = new byte[Math.max(length, 2 * bytes.length)];
      cursor.stored(bytes);
    }
    locator.locate(bytes, length);
  }

  /** The row's bytes: valid up to the next {@link #read}. */
  byte[] bytes() {
    return bytes;
  }

  /** Where each slot's value lies in {@link #bytes}. */
  RowCodec.Locator locator() {
    return locator;
  }
}
