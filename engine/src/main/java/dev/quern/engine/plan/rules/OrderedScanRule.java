package dev.quern.engine.plan.rules;

import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.IndexColumn;
import dev.quern.catalog.meta.Table;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.ColumnExpr;
import dev.quern.engine.plan.FilterNode;
import dev.quern.engine.plan.IndexSeekNode;
import dev.quern.engine.plan.PlanNode;
import dev.quern.engine.plan.ProjectNode;
import dev.quern.engine.plan.SortNode;
import dev.quern.engine.plan.TableScanNode;
import dev.quern.engine.plan.TopNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Sort(Project(…table access…)) whose keys are columns that an index orders (its key columns after
 * any equality prefix of the seek, all in the index's direction or all reversed) drops the sort and
 * reads the index in order: a seek already there keeps its index and may read backwards; a scan
 * becomes an ordered scan of the clustered index, or, under a TOP (which stops early), of a
 * nonclustered index with a row lookup per entry, among the indexes the table's hints allow.
 */
final class OrderedScanRule implements Rule {
  private static final Rule COVERING = new CoveringReadRule();

  @Override
  public PlanNode apply(PlanNode node) {
    if (node instanceof SortNode s) {
      PlanNode done = ordered(s, false);
      return done == null ? node : done;
    }
    if (node instanceof TopNode t && !t.percent() && t.input() instanceof SortNode s) {
      PlanNode done = ordered(s, true);
      return done == null ? node : new TopNode(done, t.count(), t.percent());
    }
    return node;
  }

  /** The sort's input reading in order, or null when no index orders it. */
  private static PlanNode ordered(SortNode sort, boolean lookups) {
    if (!(sort.input() instanceof ProjectNode p)) {
      return null;
    }
    List<Integer> columns = new ArrayList<>();
    List<Boolean> descending = new ArrayList<>();
    for (SortNode.SortKey k : sort.keys()) {
      if (!(p.exprs().get(k.column()) instanceof ColumnExpr c)) {
        return null;
      }
      columns.add(c.index());
      descending.add(k.descending());
    }
    PlanNode access = p.input();
    BoundExpr filter = null;
    if (access instanceof FilterNode f) {
      filter = f.predicate();
      access = f.input();
    }
    PlanNode read =
        switch (access) {
          case IndexSeekNode seek -> reorder(seek, columns, descending);
          case TableScanNode scan -> scanInOrder(scan, columns, descending, lookups, filter);
          default -> null;
        };
    if (read == null) {
      return null;
    }
    PlanNode in = filter == null ? read : new FilterNode(read, filter);
    // The ordered read is new below the projection, so it may now read index entries alone.
    return COVERING.apply(new ProjectNode(in, p.exprs(), p.columns()));
  }

  private static PlanNode reorder(IndexSeekNode seek, List<Integer> columns, List<Boolean> descending) {
    Boolean reverse = direction(seek.table().table(), seek.index(), seek.keys().size(), columns, descending);
    return reverse == null
        ? null
        : seek.reversed(reverse);
  }

  private static PlanNode scanInOrder(
      TableScanNode scan, List<Integer> columns, List<Boolean> descending, boolean lookups, BoundExpr where) {
    IndexSeekNode best = null;
    for (Index index : scan.table().indexes()) {
      boolean filtered = index.filter() != null
          && (where == null || !FilterImplication.implies(where, scan.table(), index));
      if (index.keys().isEmpty() || index.disabled() || !index.holdsRows() && (!lookups || filtered)) {
        continue;
      }
      if (scan.access() != null && !scan.access().permits(index)) {
        continue; // the table's hints choose another index (or the rows alone)
      }
      Boolean reverse = direction(scan.table(), index, 0, columns, descending);
      if (reverse != null && (best == null || index.holdsRows())) {
        best = new IndexSeekNode(scan, index, List.of(), null, null, reverse);
      }
    }
    return best;
  }

  /**
   * Whether {@code index}, past its first {@code equalities} key columns (fixed by the seek, so
   * any sort key on them is already satisfied), orders the sort keys forwards (false) or backwards
   * (true); null when it orders them neither way.
   */
  private static Boolean direction(
      Table table, Index index, int equalities, List<Integer> columns, List<Boolean> descending) {
    Set<Integer> fixed = new HashSet<>();
    for (int i = 0; i < equalities; i++) {
      fixed.add(index.keys().get(i).columnId());
    }
    Boolean reverse = null;
    int next = equalities;
    List<IndexColumn> keys = orderingColumns(table, index);
    for (int i = 0; i < columns.size(); i++) {
      int columnId = table.columns().get(columns.get(i)).columnId();
      if (fixed.contains(columnId)) {
        continue;
      }
      if (next >= keys.size()) {
        return null;
      }
      IndexColumn key = keys.get(next++);
      if (key.columnId() != columnId) {
        return null;
      }
      boolean backwards = key.descending() != descending.get(i);
      if (reverse != null && reverse != backwards) {
        return null;
      }
      reverse = backwards;
    }
    return reverse == null ? Boolean.FALSE : reverse;
  }

  /**
   * The columns {@code index}'s entries are in order of: its key columns, then, for a non-unique
   * nonclustered index, the clustered key its entries end with (the row locator, as in SQL Server),
   * so {@code WHERE k = 3 ORDER BY id} reads an index on k in order.
   */
  private static List<IndexColumn> orderingColumns(Table table, Index index) {
    if (index.kind() != dev.quern.catalog.meta.IndexKind.NONCLUSTERED || index.unique()) {
      return index.keys();
    }
    Index rows = table.rowIndex();
    if (rows.kind() != dev.quern.catalog.meta.IndexKind.CLUSTERED || rows.keys().isEmpty()) {
      return index.keys(); // a heap's entries end with row ids
    }
    List<IndexColumn> all = new ArrayList<>(index.keys());
    all.addAll(rows.keys());
    return all;
  }
}
