package dev.quern.catalog.meta;

import dev.quern.catalog.codec.KeyBytes;
import dev.quern.catalog.codec.KeyCollation;
import dev.quern.catalog.codec.KeyColumn;
import dev.quern.catalog.codec.KeyEncoder;
import dev.quern.catalog.codec.RowLayout;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The keys of one table's rows and index entries (layout in the package description). Everything
 * derived from an index's definition is computed once per table, not per row.
 */
final class TableKeys {
  /** What one index needs per row, precomputed. */
  private record Shape(
      List<KeyColumn> keyColumns,
      int[] keyPositions,
      List<Integer> coveredColumns,
      int[] coveredPositions,
      RowLayout coveredLayout) {}

  private final Table table;
  private final Map<Integer, Shape> shapes = new HashMap<>();

  TableKeys(Table table) {
    this.table = table;
    for (Index index : table.indexes()) {
      shapes.put(index.indexId(), shapeOf(index));
    }
  }

  private Shape shapeOf(Index index) {
    List<KeyColumn> cols = new ArrayList<>();
    int[] keyPositions = new int[index.keys().size()];
    for (int i = 0; i < keyPositions.length; i++) {
      IndexColumn ic = index.keys().get(i);
      Column c = table.columnById(ic.columnId());
      cols.add(new KeyColumn(c.type(), KeyCollation.forName(c.collation()), ic.descending()));
      keyPositions[i] = table.position(ic.columnId());
    }
    List<Integer> covered = covered(index);
    int[] coveredPositions = new int[covered.size()];
    List<RowLayout.Slot> slots = new ArrayList<>();
    for (int i = 0; i < coveredPositions.length; i++) {
      coveredPositions[i] = table.position(covered.get(i));
      slots.add(RowLayout.Slot.of(table.columnById(covered.get(i)).type()));
    }
    return new Shape(
        List.copyOf(cols), keyPositions, covered, coveredPositions, new RowLayout(slots));
  }

  /**
   * The columns a nonclustered entry carries: its key columns, its INCLUDE columns and the
   * clustered key columns (as in SQL Server, where they are the row locator).
   */
  private List<Integer> covered(Index index) {
    Set<Integer> ids = new LinkedHashSet<>();
    index.keys().forEach(k -> ids.add(k.columnId()));
    ids.addAll(index.includes());
    if (!index.holdsRows()) {
      table.rowIndex().keys().forEach(k -> ids.add(k.columnId()));
    }
    return List.copyOf(ids);
  }

  private Shape shape(Index index) {
    Shape s = shapes.get(index.indexId());
    if (s == null) {
      throw new IllegalArgumentException(
          "Index " + index.name() + " is not an index of " + table.name());
    }
    return s;
  }

  List<KeyColumn> keyColumns(Index index) {
    return shape(index).keyColumns();
  }

  Object[] keyValues(Index index, Object[] row) {
    int[] positions = shape(index).keyPositions();
    Object[] values = new Object[positions.length];
    for (int i = 0; i < values.length; i++) {
      values[i] = row[positions[i]];
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

  List<Integer> coveredColumns(Index index) {
    return shape(index).coveredColumns();
  }

  RowLayout coveredLayout(Index index) {
    return shape(index).coveredLayout();
  }

  /** The covered values of {@code row} under {@code index}, in {@link #coveredColumns} order. */
  Object[] coveredValues(Index index, Object[] row) {
    int[] positions = shape(index).coveredPositions();
    Object[] values = new Object[positions.length];
    for (int i = 0; i < values.length; i++) {
      values[i] = row[positions[i]];
    }
    return values;
  }

  /** A row array with the covered values at their positions, nulls elsewhere. */
  Object[] spreadCovered(Index index, Object[] values) {
    int[] positions = shape(index).coveredPositions();
    Object[] row = new Object[table.columns().size()];
    for (int i = 0; i < positions.length; i++) {
      row[positions[i]] = values[i];
    }
    return row;
  }
}
