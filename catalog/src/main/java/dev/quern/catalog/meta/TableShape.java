package dev.quern.catalog.meta;

import dev.quern.catalog.codec.RowLayout;
import java.util.List;

/**
 * What storing rows of one table definition needs, derived once from it: the row layout, the index
 * holding the rows, the enabled secondary indexes (a disabled one is not maintained) and the keys of each ({@link TableKeys}).
 */
record TableShape(
    Table table, TableKeys keys, RowLayout layout, Index rowIndex, List<Index> secondaries) {
  static TableShape of(Table table) {
    return new TableShape(
        table, new TableKeys(table), table.rowLayout(), table.rowIndex(), table.enabledSecondaryIndexes());
  }
}
