package dev.quern.catalog.meta;

import dev.quern.catalog.codec.KeyBytes;
import dev.quern.catalog.codec.KeyCollation;
import dev.quern.catalog.codec.KeyColumn;
import dev.quern.catalog.codec.KeyEncoder;
import dev.quern.catalog.codec.RowLayout;
import dev.quern.catalog.type.SqlType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The keys of one table's rows and index entries (layout in the package description). */
final class TableKeys {
  private final Table table;

  TableKeys(Table table) {
    this.table = table;
  }

  List<KeyColumn> keyColumns(Index index) {
    List<KeyColumn> cols = new ArrayList<>();
    for (IndexColumn ic : index.keys()) {
      Column c = table.columnById(ic.columnId());
      cols.add(new KeyColumn(c.type(), KeyCollation.forName(c.collation()), ic.descending()));
    }
    return cols;
  }

  Object[] keyValues(Index index, Object[] row) {
    Object[] values = new Object[index.keys().size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = row[table.position(index.keys().get(i).columnId())];
    }
    return values;
  }

  /** The encoded key columns of {@code row} under {@code index}, after the index's data prefix. */
  byte[] indexKey(Index index, Object[] row) {
    return KeyEncoder.encode(
        SystemKeys.data(index.dataId()), keyColumns(index), keyValues(index, row));
  }

  /** Start (inclusive) and end (exclusive) keys of {@code range} over {@code index}. */
  byte[][] bounds(Index index, KeyRange range) {
    byte[] prefix = SystemKeys.data(index.dataId());
    List<KeyColumn> cols = keyColumns(index);
    byte[] from = prefix;
    byte[] to = KeyBytes.prefixEnd(prefix);
    if (range.low() != null) {
      byte[] low = KeyEncoder.encode(prefix, cols.subList(0, range.low().length), range.low());
      from = range.lowInclusive() ? low : KeyBytes.prefixEnd(low);
    }
    if (range.high() != null) {
      byte[] high = KeyEncoder.encode(prefix, cols.subList(0, range.high().length), range.high());
      to = range.highInclusive() ? KeyBytes.prefixEnd(high) : high;
    }
    return new byte[][] {from, to};
  }

  /**
   * The columns a nonclustered entry carries: its key columns, its INCLUDE columns and the
   * clustered key columns (as in SQL Server, where they are the row locator).
   */
  List<Integer> coveredColumns(Index index) {
    Set<Integer> ids = new LinkedHashSet<>();
    index.keys().forEach(k -> ids.add(k.columnId()));
    ids.addAll(index.includes());
    Index rows = table.rowIndex();
    rows.keys().forEach(k -> ids.add(k.columnId()));
    return List.copyOf(ids);
  }

  RowLayout coveredLayout(Index index) {
    List<RowLayout.Slot> slots = new ArrayList<>();
    for (int id : coveredColumns(index)) {
      SqlType type = table.columnById(id).type();
      slots.add(RowLayout.Slot.of(type));
    }
    return new RowLayout(slots);
  }
}
