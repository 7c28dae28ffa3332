package dev.quern.engine.store;

import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.IndexKind;
import dev.quern.catalog.meta.KeyRange;
import dev.quern.catalog.meta.RowCursor;
import dev.quern.catalog.meta.RowGroupMarks;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.meta.TableStore;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes where a clustered columnstore's compressed row groups end (see {@link RowGroupMarks}): an
 * index build (CREATE, REBUILD, any rewrite of the table) compresses every row, in row id order, into
 * row groups of at most 1,048,576 rows.
 */
public final class ColumnstoreMarks {
  /** The most rows a row group holds. */
  public static final long MAX_ROWS = 1_048_576;

  private ColumnstoreMarks() {}

  /** A row's id: the last eight bytes of a heap or clustered columnstore locator. */
  public static long rowId(byte[] locator) {
    long id = 0;
    for (int i = locator.length - 8; i < locator.length; i++) {
      id = (id << 8) | (locator[i] & 0xFF);
    }
    return id;
  }

  /**
   * {@code table} with its clustered columnstore's rows marked compressed by an index build, written
   * to the catalog; {@code table} itself when it has none.
   */
  public static Table build(StoreSession session, Catalog catalog, Table table) {
    Index rows = table.rowIndex();
    if (rows.kind() != IndexKind.CLUSTERED_COLUMNSTORE) {
      return table;
    }
    List<RowGroupMarks.Mark> marks = new ArrayList<>();
    long count = 0;
    long last = 0;
    TableStore store = TableStores.open(session, catalog, table);
    try (RowCursor c = store.scan(KeyRange.ALL, false, new java.util.BitSet())) {
      while (c.next()) {
        last = rowId(c.locator());
        if (++count == MAX_ROWS) {
          marks.add(new RowGroupMarks.Mark(last, count, RowGroupMarks.INDEX_BUILD));
          count = 0;
        }
      }
    }
    if (count > 0) {
      marks.add(new RowGroupMarks.Mark(last, count, RowGroupMarks.INDEX_BUILD));
    }
    return mark(session, catalog, table, new RowGroupMarks(rows.dataId(), marks));
  }

  /** {@code table} with {@code marks} on its clustered columnstore, written to the catalog. */
  public static Table mark(StoreSession session, Catalog catalog, Table table, RowGroupMarks marks) {
    Index rows = table.rowIndex();
    List<Index> indexes = new ArrayList<>(table.indexes());
    indexes.set(indexes.indexOf(rows), rows.withOptions(rows.options().withMarks(marks)));
    Table marked = table.withIndexes(indexes);
    catalog.alterObject(session.txn(catalog), marked);
    session.markDdl();
    return marked;
  }
}
