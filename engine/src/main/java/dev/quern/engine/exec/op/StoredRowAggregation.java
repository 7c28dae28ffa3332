package dev.quern.engine.exec.op;

import dev.quern.catalog.codec.RowCodec;
import dev.quern.catalog.codec.RowLayout;
import dev.quern.catalog.meta.StoredRowCursor;
import dev.quern.catalog.type.TypeId;

/**
 * The rows of one {@link StoredRowCursor} fed to the accumulators of {@link ScanAggregateOperator}:
 * each row copied and located ({@link LocatedRow}), the wanted values read from its bytes and fed
 * unboxed. Holds that row, so one instance per thread: a parallel scan makes one per key range.
 */
final class StoredRowAggregation {
  private final RowLayout layout;
  private final LocatedRow row;
  /** Per aggregate: the table column's slot, or -1 for COUNT(*). */
  private final int[] slots;
  /** Per aggregate: its argument's type (null for COUNT(*)). */
  private final TypeId[] types;
  private final boolean readsValues;
  /** Rows read so far (for SET STATISTICS IO, also when the read failed part way). */
  private long rows;

  StoredRowAggregation(RowLayout layout, int[] slots, TypeId[] types) {
    this.layout = layout;
    this.row = new LocatedRow(layout);
    this.slots = slots;
    this.types = types;
    boolean values = false;
    for (int slot : slots) {
      values |= slot >= 0;
    }
    this.readsValues = values;
  }

  long rows() {
    return rows;
  }

  /**
   * Reads every row of {@code cursor} into {@code accumulators} (one per aggregate, COUNT(*)'s
   * given the row count at the end), running {@code check} every 1024 rows: it throws to stop.
   */
  void consume(StoredRowCursor cursor, Accumulator[] accumulators, Runnable check) {
    long n = 0;
    while (cursor.next()) {
      if (readsValues) {
        row.read(cursor);
        for (int i = 0; i < slots.length; i++) {
          if (slots[i] >= 0) {
            add(accumulators[i], slots[i], types[i]);
          }
        }
      }
      if ((++n & 1023) == 0) {
        rows = n;
        check.run();
      }
    }
    rows = n;
    for (int i = 0; i < slots.length; i++) {
      if (slots[i] < 0) {
        accumulators[i].addRows(n);
      }
    }
  }

  /** Feeds the located row's value of {@code slot} to {@code a}. */
  private void add(Accumulator a, int slot, TypeId type) {
    RowCodec.Locator locator = row.locator();
    int length = locator.length(slot);
    if (length == RowCodec.Locator.MISSING_SLOT) {
      // A row written before ALTER TABLE ADD: the column's value is the one the ADD gave it.
      addValue(a, layout.slots().get(slot).missingValue());
      return;
    }
    if (length < 0) {
      a.addNull();
      return;
    }
    int at = locator.start(slot);
    byte[] bytes = row.bytes();
    switch (type) {
      case INT -> a.addLong(RowCodec.readInt(bytes, at));
      case BIGINT -> a.addLong(RowCodec.readLong(bytes, at));
      case FLOAT -> a.addDouble(Double.longBitsToDouble(RowCodec.readLong(bytes, at)));
      default -> throw new IllegalStateException(type + " is not read unboxed");
    }
  }

  private static void addValue(Accumulator a, Object value) {
    switch (value) {
      case null -> a.addNull();
      case Integer i -> a.addLong(i);
      case Long l -> a.addLong(l);
      case Double d -> a.addDouble(d);
      default -> throw new IllegalStateException("missing value " + value.getClass().getSimpleName());
    }
  }
}
