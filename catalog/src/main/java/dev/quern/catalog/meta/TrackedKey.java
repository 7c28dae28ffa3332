package dev.quern.catalog.meta;

import dev.quern.catalog.codec.KeyCollation;
import dev.quern.catalog.codec.KeyColumn;
import dev.quern.catalog.codec.KeyEncoder;
import dev.quern.catalog.codec.RowLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * The primary key of a change-tracked table as change tracking keeps it: its columns, their
 * memcomparable form (the order of the {@link ChangeLog}'s entries by key) and their values as a
 * row ({@link #layout}). Change tracking requires a primary key, so every tracked table has one.
 */
public record TrackedKey(Index index, List<Column> columns, List<KeyColumn> keyColumns, int[] positions,
    RowLayout layout) {

  public static TrackedKey of(Table table) {
    Index pk = table.indexes().stream().filter(Index::primaryKey).findFirst()
        .orElseThrow(() -> new IllegalStateException("No primary key on " + table.name()));
    List<Column> cols = new ArrayList<>();
    List<KeyColumn> keyCols = new ArrayList<>();
    int[] positions = new int[pk.keys().size()];
    List<RowLayout.Slot> slots = new ArrayList<>();
    for (int i = 0; i < positions.length; i++) {
      Column c = table.columnById(pk.keys().get(i).columnId());
      cols.add(c);
      keyCols.add(new KeyColumn(c.type(), KeyCollation.forName(c.collation()), false));
      positions[i] = table.position(c.columnId());
      slots.add(RowLayout.Slot.of(c.type()));
    }
    return new TrackedKey(pk, List.copyOf(cols), List.copyOf(keyCols), positions, new RowLayout(slots));
  }

  /** The key's values in {@code row} (a row in the table's column order). */
  public Object[] valuesOf(Object[] row) {
    Object[] values = new Object[positions.length];
    for (int i = 0; i < values.length; i++) {
      values[i] = row[positions[i]];
    }
    return values;
  }

  /** The memcomparable form of the key {@code values}. */
  public byte[] encode(Object[] values) {
    return KeyEncoder.encode(new byte[0], keyColumns, values);
  }
}
