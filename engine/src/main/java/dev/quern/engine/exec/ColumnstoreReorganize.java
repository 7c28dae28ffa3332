package dev.quern.engine.exec;

import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.IndexKind;
import dev.quern.catalog.meta.KeyRange;
import dev.quern.catalog.meta.RowCursor;
import dev.quern.catalog.meta.RowGroupMarks;
import dev.quern.catalog.meta.Table;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.ColumnstoreMarks;
import dev.quern.engine.store.ResolvedTable;
import dev.quern.engine.store.TableStores;
import java.util.ArrayList;
import java.util.List;

/**
 * ALTER INDEX … REORGANIZE of a clustered columnstore ("Reorganize and rebuild indexes",
 * columnstore): the delta store's CLOSED row groups are compressed (REORG_NORMAL), and with
 * COMPRESS_ALL_ROW_GROUPS = ON its OPEN one too (REORG_FORCED); a compressed row group with 10% or
 * more of its rows deleted loses them (MERGE), one with all deleted goes. The rows stay where they
 * are: only the marks of the compressed groups change (see {@link RowGroupMarks}). A partitioned
 * columnstore, whose row groups Quern counts without a delta store, has nothing to do.
 */
final class ColumnstoreReorganize {
  private ColumnstoreReorganize() {}

  static void run(SessionState state, ResolvedTable t, String index, boolean compressAll) {
    Table table = t.table();
    Index rows = table.rowIndex();
    boolean named = index == null || rows.name() != null && rows.name().equalsIgnoreCase(index);
    var placed = state.store().metadata(t.catalog()).partitions().table(table.id())
        .flatMap(p -> p.of(rows.indexId()));
    if (rows.kind() != IndexKind.CLUSTERED_COLUMNSTORE || !named || rows.disabled() || placed.isPresent()) {
      return;
    }
    RowGroupMarks marks = rows.options().marks();
    List<RowGroupMarks.Mark> ms = marks != null && marks.dataId() == rows.dataId() ? marks.marks() : List.of();
    long[] live = new long[ms.size()];
    List<Long> delta = new ArrayList<>();
    try (RowCursor c = TableStores.open(state.store(), t.catalog(), table)
        .scan(KeyRange.ALL, false, new java.util.BitSet())) {
      int k = 0;
      while (c.next()) {
        long id = ColumnstoreMarks.rowId(c.locator());
        while (k < ms.size() && ms.get(k).lastRowId() < id) {
          k++;
        }
        if (k < ms.size()) {
          live[k]++;
        } else {
          delta.add(id);
        }
      }
    }
    List<RowGroupMarks.Mark> out = new ArrayList<>();
    for (int k = 0; k < ms.size(); k++) {
      RowGroupMarks.Mark m = ms.get(k);
      if (live[k] == 0) {
        continue;
      }
      boolean merge = (m.rows() - live[k]) * 10 >= m.rows() && live[k] < m.rows();
      out.add(merge ? new RowGroupMarks.Mark(m.lastRowId(), live[k], RowGroupMarks.MERGE) : m);
    }
    for (int from = 0; from < delta.size(); from += (int) ColumnstoreMarks.MAX_ROWS) {
      int n = (int) Math.min(ColumnstoreMarks.MAX_ROWS, delta.size() - from);
      boolean closed = n == ColumnstoreMarks.MAX_ROWS;
      if (closed || compressAll) {
        out.add(new RowGroupMarks.Mark(delta.get(from + n - 1), n,
            closed ? RowGroupMarks.REORG_NORMAL : RowGroupMarks.REORG_FORCED));
      }
    }
    ColumnstoreMarks.mark(state.store(), t.catalog(), table, new RowGroupMarks(rows.dataId(), out));
  }
}
