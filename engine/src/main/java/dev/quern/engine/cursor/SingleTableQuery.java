package dev.quern.engine.cursor;

import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.Column;
import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.IndexColumn;
import dev.quern.catalog.meta.IndexKind;
import dev.quern.catalog.meta.KeyRange;
import dev.quern.catalog.meta.RowCursor;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.meta.TableStore;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.EvalContext;
import dev.quern.engine.plan.FilterNode;
import dev.quern.engine.plan.IndexSeekNode;
import dev.quern.engine.plan.PlanNode;
import dev.quern.engine.plan.ProjectNode;
import dev.quern.engine.plan.QueryPlan;
import dev.quern.engine.plan.TableScanNode;
import dev.quern.engine.store.SeekRanges;
import dev.quern.engine.store.StoreSession;
import dev.quern.engine.store.TableStores;
import java.util.List;

/**
 * A cursor query that reads one table in its row-index order, all of it or a range of its
 * clustered key ({@code seek}), in that key's order or its reverse (ORDER BY the key), keeps rows by
 * a condition and computes its columns from each: {@code SELECT … FROM t [WHERE …] [ORDER BY key]}. Its rows can be found again by their store locators, which is
 * what KEYSET and DYNAMIC cursors and positioned changes need; any other query (a join, ORDER BY,
 * GROUP BY, DISTINCT, TOP, a nonclustered index …) is copied at OPEN, as SQL Server turns such
 * cursors into static ones.
 */
public record SingleTableQuery(TableScanNode scan, IndexSeekNode seek, BoundExpr filter, List<BoundExpr> columns) {

  /** The plan as one, or null when it is of another shape. */
  public static SingleTableQuery of(QueryPlan plan) {
    // The projection may carry hidden ORDER BY columns after the result's: the cursor computes only its own.
    if (!(plan.root() instanceof ProjectNode p) || p.exprs().size() < plan.columns().size()) {
      return null;
    }
    PlanNode input = p.input();
    BoundExpr filter = null;
    if (input instanceof FilterNode f) {
      filter = f.predicate();
      input = f.input();
    }
    IndexSeekNode seek = null;
    if (input instanceof IndexSeekNode s && s.index().holdsRows()) {
      seek = s;
      input = s.table();
    }
    if (!(input instanceof TableScanNode scan) || !scan.locks().isNone()) {
      return null;
    }
    return new SingleTableQuery(scan, seek, filter, p.exprs().subList(0, plan.columns().size()));
  }

  /**
   * Whether the cursor's order is the clustered key's backwards ({@code ORDER BY key DESC}): its
   * NEXT then reads towards the start of the row index.
   */
  boolean reverse() {
    return seek != null && seek.reverse();
  }

  /** The table's name parts: schema and table. */
  public List<String> nameParts() {
    String q = scan.qualifiedName();
    int dot = q.indexOf('.');
    return dot < 0 ? List.of(q) : List.of(q.substring(0, dot), q.substring(dot + 1));
  }

  /**
   * Where each of the cursor's columns comes from: the table's own column (named otherwise in the
   * result, or a clustered key column) or an expression.
   */
  public List<dev.quern.engine.api.BrowseInfo.Column> browse(List<dev.quern.engine.api.ResultColumn> result) {
    Table table = scan.table();
    List<IndexColumn> keys = table.rowIndex().kind().keyedByRowId() ? List.of() : table.rowIndex().keys();
    List<dev.quern.engine.api.BrowseInfo.Column> out = new java.util.ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i) instanceof dev.quern.engine.expr.ColumnExpr c && c.index() < table.columns().size()) {
        Column base = table.columns().get(c.index());
        boolean key = keys.stream().anyMatch(k -> k.columnId() == base.columnId());
        String name = base.name().equals(result.get(i).name()) ? null : base.name();
        out.add(new dev.quern.engine.api.BrowseInfo.Column(base.computed() == null, key, false, name));
      } else {
        out.add(new dev.quern.engine.api.BrowseInfo.Column(false, false, false, null));
      }
    }
    return out;
  }

  /** The table's rows in the running statement's transaction. */
  TableStore open(StoreSession store) {
    Catalog catalog = store.storage().catalog(scan.databaseId());
    return TableStores.open(store, catalog, scan.table());
  }

  /** The part of the row index the query reads (its seek's range, evaluated now); null: none. */
  KeyRange range(EvalContext ctx) {
    if (seek == null) {
      return KeyRange.ALL;
    }
    return SeekRanges.range(
        seek.keys(), end(seek.low()), end(seek.high()), seek.index(), scan.table(), ctx);
  }

  private static SeekRanges.End end(IndexSeekNode.Bound b) {
    return b == null ? null : new SeekRanges.End(b.value(), b.inclusive());
  }

  /**
   * The rows of {@code range} after (or, {@code back}, before) the row whose locator is {@code
   * locator} and whose clustered key is {@code key}: a clustered table continues by key, so that
   * the range's far end still holds; a heap (read whole) continues by locator.
   */
  RowCursor from(TableStore rows, KeyRange range, byte[] locator, Object[] key, boolean back) {
    if (key == null) {
      return rows.scanFrom(locator, back);
    }
    // Here {@code back} is in the row index's order (the caller has turned it for a reverse cursor).
    KeyRange rest =
        back
            ? KeyRange.between(range.low(), range.lowInclusive(), key, false)
            : KeyRange.between(key, false, range.high(), range.highInclusive());
    return rows.scan(rest, back);
  }

  /** The values of a row's clustered key columns, in key order; null for a heap. */
  Object[] key(Object[] row) {
    Table table = scan.table();
    Index rowIndex = table.rowIndex();
    if (rowIndex.kind().keyedByRowId()) {
      return null;
    }
    List<IndexColumn> keys = rowIndex.keys();
    Object[] out = new Object[keys.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = row[position(table, keys.get(i).columnId())];
    }
    return out;
  }

  private static int position(Table table, int columnId) {
    List<Column> columns = table.columns();
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).columnId() == columnId) {
        return i;
      }
    }
    throw new IllegalStateException("no column " + columnId);
  }

  /** Whether a stored row (its computed columns filled in here) is one of the cursor's. */
  boolean matches(Object[] row, EvalContext ctx) {
    if (scan.computed().hasVirtual()) {
      // A context of its own, so the one the filter reads the row through stays put.
      scan.computed().fillVirtual(row, new EvalContext(ctx.variables, ctx.functions));
    }
    ctx.row = row;
    return filter == null || filter.eval(ctx) == Boolean.TRUE;
  }

  /** The cursor's columns computed from a stored row that {@link #matches} was given. */
  Object[] project(Object[] row, EvalContext ctx) {
    ctx.row = row;
    Object[] out = new Object[columns.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = columns.get(i).eval(ctx);
    }
    return out;
  }
}
