package dev.quern.engine.exec.op;

import dev.quern.catalog.codec.RowCodec;
import dev.quern.catalog.codec.RowLayout;
import dev.quern.catalog.meta.StoredRowCursor;
import dev.quern.ext.spi.ColumnBatch;

/**
 * Copies the wanted columns of stored rows into a {@link ColumnBatch}: an int, bigint or float into
 * the column's primitive array, character text as the UTF-8 it is stored in. One per thread: its
 * locator holds the positions within the row being read.
 */
final class StoredColumnsReader {
  private final RowLayout layout;
  /** Per batch column: the table column's slot. */
  private final int[] slots;
  private final ColumnBatch.Kind[] kinds;
  private final RowCodec.Locator locator;
  private byte[] buffer = new byte[256];

  StoredColumnsReader(RowLayout layout, int[] slots, ColumnBatch.Kind[] kinds) {
    this.layout = layout;
    this.slots = slots;
    this.kinds = kinds;
    this.locator = RowCodec.locator(layout);
  }

  /**
   * Reads up to {@code max} rows of {@code cursor} (and no more than {@code batch} has room for)
   * after the rows it holds; returns how many. Fewer than asked means the cursor has ended.
   */
  int read(StoredRowCursor cursor, ColumnBatch batch, int max) {
    int r0 = batch.rowCount();
    int room = Math.min(max, batch.capacity() - r0);
    int k = 0;
    while (k < room && cursor.next()) {
      // Copied by RocksDB into this reader's buffer: no array per row.
      int length = cursor.stored(buffer);
      if (length > buffer.length) {
        buffer = new byte[Math.max(length, 2 * buffer.length)];
        cursor.stored(buffer);
      }
      byte[] row = buffer;
      locator.locate(row, length);
      int r = r0 + k;
      for (int c = 0; c < slots.length; c++) {
        int slot = slots[c];
        int len = locator.length(slot);
        if (len < 0) {
          batch.set(c, r, len == RowCodec.Locator.MISSING_SLOT ? layout.slots().get(slot).missingValue() : null);
          continue;
        }
        int at = locator.start(slot);
        switch (kinds[c]) {
          case INT -> batch.ints(c)[r] = RowCodec.readInt(row, at);
          case BIGINT -> batch.longs(c)[r] = RowCodec.readLong(row, at);
          case FLOAT -> batch.doubles(c)[r] = Double.longBitsToDouble(RowCodec.readLong(row, at));
          case TEXT -> batch.setUtf8(c, r, row, at, len);
          case OBJECT -> throw new IllegalStateException("column " + c + " is not copyable");
        }
      }
      k++;
    }
    batch.grow(k);
    return k;
  }
}
