package dev.quern.engine.sys;

import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.Column;
import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.KeyRange;
import dev.quern.catalog.meta.Metadata;
import dev.quern.catalog.meta.PartitionFunction;
import dev.quern.catalog.meta.RowCursor;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.meta.TablePartitioning.Placement;
import dev.quern.catalog.meta.TableStore;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.TableStores;
import java.util.ArrayList;
import java.util.List;

/**
 * The row groups and column segments of the current database's columnstore indexes, as
 * sys.column_store_row_groups, sys.dm_db_column_store_row_group_physical_stats and
 * sys.column_store_segments show them ("Columnstore indexes: overview"). Quern stores a
 * columnstore's rows row by row. A clustered columnstore on one partition has SQL Server's delta
 * store (see {@link DeltaStoreGroups}). A nonclustered or partitioned one has none: every row is
 * counted in a COMPRESSED row group, each partition's rows cut into groups of at most 1,048,576 in
 * storage order, with no deleted rows. One pass over the rows (a nonclustered columnstore's own
 * entries, so a filtered one counts the rows it holds) gives exact counts and, per column, whether
 * a group holds NULLs, its integer range and its bytes as stored. A disabled or empty index has no
 * row group.
 */
final class ColumnstoreRowGroups {
  /** The most rows a row group holds. */
  static final long MAX_ROWS = 1_048_576;
  /** sys.column_store_row_groups.state of a compressed row group. */
  static final int COMPRESSED = 3;

  /** One column's segment of a row group: NULLs seen, integer range (null: not an integer type), bytes. */
  static final class Segment {
    final Column column;
    boolean hasNulls;
    Long min;
    Long max;
    long bytes;

    Segment(Column column) {
      this.column = column;
    }

    void add(Object v) {
      if (v == null) {
        hasNulls = true;
        return;
      }
      bytes += ValueBytes.of(column.type(), v);
      if (v instanceof Number n && !(v instanceof java.math.BigDecimal) && !(v instanceof Double)
          && !(v instanceof Float)) {
        long x = n.longValue();
        min = min == null ? x : Math.min(min, x);
        max = max == null ? x : Math.max(max, x);
      } else if (v instanceof Boolean b) {
        long x = b ? 1 : 0;
        min = min == null ? x : Math.min(min, x);
        max = max == null ? x : Math.max(max, x);
      }
    }
  }

  /**
   * One row group: its index, partition, number within the partition, state (1 OPEN, 2 CLOSED, 3
   * COMPRESSED), rows when compressed ({@code marked}; a delta group's are its live rows), live
   * rows, how it was compressed, and its column segments.
   */
  static final class RowGroup {
    final Table table;
    final Index index;
    final int partition;
    int id;
    int state = COMPRESSED;
    long marked = -1;
    long live;
    int transition = dev.quern.catalog.meta.RowGroupMarks.INDEX_BUILD;
    final List<Segment> segments;

    RowGroup(Table table, Index index, int partition, int id, List<Column> columns) {
      this.table = table;
      this.index = index;
      this.partition = partition;
      this.id = id;
      this.segments = columns.stream().map(Segment::new).toList();
    }

    long totalRows() {
      return marked < 0 ? live : marked;
    }

    long deletedRows() {
      return totalRows() - live;
    }

    boolean compressed() {
      return state == COMPRESSED;
    }

    long bytes() {
      return segments.stream().mapToLong(s -> s.bytes).sum();
    }

    void add(Object[] row, int[] positions) {
      live++;
      for (int k = 0; k < positions.length; k++) {
        segments.get(k).add(row[positions[k]]);
      }
    }
  }

  private ColumnstoreRowGroups() {}

  static List<RowGroup> all(SessionState session) {
    List<RowGroup> out = new ArrayList<>();
    Metadata m = CatalogObjects.metadata(session);
    for (CatalogObjects.Entry e : CatalogObjects.objects(session)) {
      if (e.object() instanceof Table t) {
        for (Index i : t.indexes()) {
          if (i.columnstore() && !i.disabled()) {
            out.addAll(groups(session, m, t, i));
          }
        }
      }
    }
    return out;
  }

  /** The columns a columnstore stores, in index_column_id order (see IndexColumnsView). */
  static List<Column> columns(Table t, Index i) {
    return i.holdsRows()
        ? t.columns().stream().filter(c -> c.computed() == null || c.computed().persisted()).toList()
        : i.includes().stream().map(t::columnById).toList();
  }

  private static List<RowGroup> groups(SessionState session, Metadata m, Table t, Index i) {
    Placement p = TablePartitions.placement(m, t, i);
    if (i.kind() == dev.quern.catalog.meta.IndexKind.CLUSTERED_COLUMNSTORE && p == null) {
      return DeltaStoreGroups.of(session, t, i, columns(t, i));
    }
    PartitionFunction f = p == null ? null : TablePartitions.function(session, m, p);
    int partitionAt = p == null ? -1 : t.position(p.columnId());
    List<Column> columns = columns(t, i);
    int[] positions = columns.stream().mapToInt(c -> t.position(c.columnId())).toArray();
    List<List<RowGroup>> byPartition = new ArrayList<>();
    Catalog catalog = session.store().storage().catalog(session.databaseId());
    session.store().beginStatement();
    try (RowCursor c = rows(TableStores.open(session.store(), catalog, t), i)) {
      while (c.next()) {
        Object[] row = c instanceof dev.quern.catalog.meta.IndexCursor ic && partitionAt < 0 ? ic.covered() : c.row();
        int partition = f == null ? 1 : f.partitionOf(row[partitionAt]);
        while (byPartition.size() < partition) {
          byPartition.add(new ArrayList<>());
        }
        List<RowGroup> groups = byPartition.get(partition - 1);
        if (groups.isEmpty() || groups.getLast().totalRows() == MAX_ROWS) {
          groups.add(new RowGroup(t, i, partition, groups.size(), columns));
        }
        groups.getLast().add(row, positions);
      }
    } finally {
      session.store().endStatement(true);
    }
    return byPartition.stream().flatMap(List::stream).toList();
  }

  /** A clustered columnstore's rows; a nonclustered one's entries. */
  private static RowCursor rows(TableStore store, Index i) {
    return i.holdsRows() ? store.scan(KeyRange.ALL, false) : store.seek(i, KeyRange.ALL, false);
  }
}
