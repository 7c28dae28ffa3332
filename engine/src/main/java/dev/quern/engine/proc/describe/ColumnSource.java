package dev.quern.engine.proc.describe;

import dev.quern.catalog.meta.Column;
import dev.quern.catalog.meta.Index;
import dev.quern.catalog.meta.IndexColumn;
import dev.quern.catalog.meta.IndexKind;
import dev.quern.catalog.meta.Table;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.cursor.SingleTableQuery;
import dev.quern.engine.expr.ColumnExpr;
import dev.quern.engine.plan.OffsetFetchNode;
import dev.quern.engine.plan.PlanNode;
import dev.quern.engine.plan.QueryPlan;
import dev.quern.engine.plan.SortNode;
import dev.quern.engine.plan.TopNode;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The table column a result column is read from: what sp_describe_first_result_set's source_*,
 * is_part_of_unique_key, is_updateable and is_computed_column say. Known for a query over one
 * table (the shape server cursors describe with TABNAME/COLINFO, {@link SingleTableQuery}); for
 * any other query {@link #of} gives null, and those columns are NULL ("cannot be determined").
 */
record ColumnSource(String database, String schema, String table, Column column, boolean uniqueKey) {

  /**
   * Where a query's columns come from, and the primary key columns it lacks (browse mode adds
   * those as hidden columns, so that a client can find each row again).
   */
  record Lineage(List<ColumnSource> columns, List<ColumnSource> hiddenKeys) {}

  /** Each result column's source (null for an expression), or null when the query's shape hides them. */
  static Lineage of(QueryPlan plan, SessionState state) {
    SingleTableQuery q = SingleTableQuery.of(new QueryPlan(belowOrdering(plan.root()), plan.columns()));
    if (q == null) {
      return null;
    }
    Table table = q.scan().table();
    List<String> name = q.nameParts();
    String database = state.databaseName(q.scan().databaseId()).orElse(null);
    String schema = name.size() > 1 ? name.getFirst() : null;
    List<ColumnSource> out = new ArrayList<>();
    for (var e : q.columns()) {
      if (e instanceof ColumnExpr c && c.index() < table.columns().size()) {
        Column column = table.columns().get(c.index());
        out.add(new ColumnSource(database, schema, table.name(), column, unique(table, column)));
      } else {
        out.add(null);
      }
    }
    return new Lineage(out, missingKeys(table, out, database, schema));
  }

  /** ORDER BY, TOP and OFFSET/FETCH pass their input's columns through: the sources are below them. */
  private static PlanNode belowOrdering(PlanNode node) {
    while (node instanceof SortNode || node instanceof TopNode || node instanceof OffsetFetchNode) {
      node = node.inputs().getFirst();
    }
    return node;
  }

  private static List<ColumnSource> missingKeys(Table table, List<ColumnSource> sources, String database, String schema) {
    Index primary = Stream.concat(Stream.of(table.rowIndex()), table.secondaryIndexes().stream())
        .filter(Index::primaryKey).findFirst().orElse(null);
    if (primary == null || primary.kind() == IndexKind.HEAP) {
      return List.of();
    }
    List<ColumnSource> out = new ArrayList<>();
    for (IndexColumn k : primary.keys()) {
      boolean present = sources.stream().anyMatch(s -> s != null && s.column().columnId() == k.columnId());
      if (!present) {
        out.add(new ColumnSource(database, schema, table.name(), table.columnById(k.columnId()), true));
      }
    }
    return out;
  }

  private static boolean unique(Table table, Column column) {
    return Stream.concat(Stream.of(table.rowIndex()), table.secondaryIndexes().stream())
        .filter(i -> i.unique() && i.kind() != IndexKind.HEAP && i.filter() == null)
        .anyMatch(i -> i.keys().stream().anyMatch(k -> k.columnId() == column.columnId()));
  }

  /** Whether a client may write the column: a table's own column that is neither computed nor identity. */
  boolean updateable() {
    return column.computed() == null && column.identity() == null;
  }

  /** The hidden column browse mode adds for this key column. */
  ResultColumn asHidden() {
    return new ResultColumn(column.name(), column.type(), column.nullable(), column.identity() != null);
  }
}
