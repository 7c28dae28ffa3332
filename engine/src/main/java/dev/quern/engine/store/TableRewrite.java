package dev.quern.engine.store;

import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.KeyRange;
import dev.quern.catalog.meta.RowCursor;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.meta.TableStore;
import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds a table under a changed definition (an index added or dropped, a heap made clustered):
 * every index gets a fresh key range, the rows are written again, the old ranges are reclaimed
 * after commit. A duplicate in a new unique index fails the statement with nothing changed.
 */
public final class TableRewrite {
  private TableRewrite() {}

  public static Table rewrite(StoreSession session, Catalog catalog, Table old, Table changed) {
    return rewrite(session, catalog, old, changed, row -> row);
  }

  /** As {@link #rewrite}, each row (in {@code old}'s column order) mapped to {@code changed}'s. */
  public static Table rewrite(
      StoreSession session, Catalog catalog, Table old, Table changed,
      java.util.function.UnaryOperator<Object[]> transform) {
    List<Object[]> rows = new ArrayList<>();
    // The table locked against writers first, then a fresh read snapshot: rows committed by
    // writers this waited for are read and copied too, not left in the old ranges to be reclaimed.
    catalog.lockForRewrite(session.txn(catalog), old);
    session.readAfresh(catalog);
    TableStore source = TableStores.open(session, catalog, old);
    try (RowCursor c = source.scan(KeyRange.ALL, false)) {
      while (c.next()) {
        rows.add(c.row());
      }
    }
    List<Index> fresh = new ArrayList<>();
    for (Index i : changed.indexes()) {
      fresh.add(i.withDataId(catalog.newDataId()));
    }
    Table target = changed.withIndexes(fresh);
    catalog.alterObject(session.txn(catalog), target);
    session.markDdl();
    TableStore dest = TableStores.open(session, catalog, target).trackChanges(null).logChanges(null); // a rebuild changes no row
    for (Object[] row : rows) {
      dest.insert(transform.apply(row));
    }
    // A rewrite rebuilds a clustered columnstore: every row in a compressed row group.
    return ColumnstoreMarks.build(session, catalog, target);
  }
}
