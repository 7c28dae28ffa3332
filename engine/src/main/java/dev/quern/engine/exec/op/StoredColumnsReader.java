package dev.quern.engine.exec.op;

import dev.quern.catalog.codec.RowCodec;
import dev.quern.catalog.codec.RowLayout;
import dev.quern.catalog.meta.StoredRowCursor;
import dev.quern.ext.spi.ColumnBatch;

/**
 * Copies the wanted columns of stored rows into a {@link ColumnBatch}: an int, bigint or float into
 * the column's primitive array, character text as the UTF-8 it is stored in. One per thread: its
 * {@link LocatedRow} holds the row being read.
 */
final class StoredColumnsReader {
  private final RowLayout layout;
  /** Per batch column: the table column's slot. */
  private final int[] slots;
  private final ColumnBatch.Kind[] kinds;
  private final LocatedRow row;

  StoredColumnsReader(RowLayout layout, int[] slots, ColumnBatch.Kind[] kinds) {
    this.layout = layout;
    this.slots = slots;
    this.kinds = kinds;
    this.row = new LocatedRow(layout);
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
      row.read(cursor);
      byte[] bytes = row.bytes();
      RowCodec.Locator locator = row.locator();
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
          case INT -> batch.ints(c)[r] = RowCodec.readInt(bytes, at);
          case BIGINT -> batch.longs(c)[r] = RowCodec.readLong(bytes, at);
          case FLOAT -> batch.doubles(c)[r] = Double.longBitsToDouble(RowCodec.readLong(bytes, at));
          case TEXT -> batch.setUtf8(c, r, bytes, at, len);
          case OBJECT -> throw new IllegalStateException("column " + c + " is not copyable");
        }
      }
      k++;
    }
    batch.grow(k);
    return k;
  }
}
