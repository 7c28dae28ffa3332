package dev.quern.engine.sys;

import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.Column;
import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.KeyRange;
import dev.quern.catalog.meta.RowCursor;
import dev.quern.catalog.meta.RowGroupMarks;
import dev.quern.catalog.meta.Table;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.ColumnstoreMarks;
import dev.quern.engine.store.TableStores;
import java.util.ArrayList;
import java.util.List;

/**
 * The row groups of a clustered columnstore on one partition, as SQL Server keeps them
 * ("Columnstore indexes: overview"): the compressed row groups its last index build or REORGANIZE
 * made ({@link RowGroupMarks}), each with the rows deleted since counted as deleted_rows, then the
 * delta store: the rows inserted since (an UPDATE inserts the new row there) in row groups of at most
 * 1,048,576, each full one CLOSED and the last OPEN. Quern has no tuple mover: a CLOSED group waits
 * for ALTER INDEX … REORGANIZE, and a bulk load goes to the delta store like any insert.
 */
final class DeltaStoreGroups {
  static final int OPEN = 1;
  static final int CLOSED = 2;

  private DeltaStoreGroups() {}

  static List<ColumnstoreRowGroups.RowGroup> of(SessionState session, Table t, Index i, List<Column> columns) {
    RowGroupMarks marks = i.options().marks();
    List<RowGroupMarks.Mark> ms = marks != null && marks.dataId() == i.dataId() ? marks.marks() : List.of();
    List<ColumnstoreRowGroups.RowGroup> compressed = new ArrayList<>();
    for (RowGroupMarks.Mark m : ms) {
      ColumnstoreRowGroups.RowGroup g = new ColumnstoreRowGroups.RowGroup(t, i, 1, compressed.size(), columns);
      g.marked = m.rows();
      g.transition = m.transition();
      compressed.add(g);
    }
    List<ColumnstoreRowGroups.RowGroup> delta = new ArrayList<>();
    int[] positions = columns.stream().mapToInt(c -> t.position(c.columnId())).toArray();
    Catalog catalog = session.store().storage().catalog(session.databaseId());
    session.store().beginStatement();
    try (RowCursor c = TableStores.open(session.store(), catalog, t).scan(KeyRange.ALL, false)) {
      int k = 0;
      while (c.next()) {
        long id = ColumnstoreMarks.rowId(c.locator());
        while (k < ms.size() && ms.get(k).lastRowId() < id) {
          k++;
        }
        if (k < ms.size()) {
          compressed.get(k).add(c.row(), positions);
          continue;
        }
        if (delta.isEmpty() || delta.getLast().live == ColumnstoreMarks.MAX_ROWS) {
          ColumnstoreRowGroups.RowGroup g = new ColumnstoreRowGroups.RowGroup(t, i, 1, 0, columns);
          g.state = CLOSED;
          g.transition = 0;
          delta.add(g);
        }
        delta.getLast().add(c.row(), positions);
      }
    } finally {
      session.store().endStatement(true);
    }
    if (!delta.isEmpty()) {
      delta.getLast().state = OPEN;
    }
    List<ColumnstoreRowGroups.RowGroup> out = new ArrayList<>(compressed);
    for (ColumnstoreRowGroups.RowGroup g : delta) {
      g.id = out.size();
      out.add(g);
    }
    return out;
  }
}
