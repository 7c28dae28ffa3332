package dev.quern.engine.binder;

import dev.quern.catalog.meta.Column;
import dev.quern.catalog.meta.Table;
import dev.quern.engine.ast.ColumnRef;
import dev.quern.engine.ast.QuerySpec;
import dev.quern.engine.ast.SelectItem;
import dev.quern.engine.ast.TableSource;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.ObjectNames;
import dev.quern.engine.store.ResolvedTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The table a MERGE changes, and the columns it shows under which names: the table itself, or a
 * view or common table expression that selects columns of one table, optionally with a WHERE
 * (only the rows it keeps are the target's; rows written need not meet it unless the view was
 * created WITH CHECK OPTION, when one that does not is 550). Such a definition must select plain columns of a single table: a join is
 * 4405, DISTINCT or GROUP BY 4403, a computed item or a set operation 4406.
 *
 * @param name the name the table's own CHECK constraints are bound under
 * @param names per table position, the name the target shows that column under (null: not shown)
 * @param order the shown columns' table positions, in the target's column order
 * @param filter the definition's WHERE over the table's row, or null
 * @param view whether the target is a view or common table expression rather than the table
 * @param checkOption whether the rows written must meet {@code filter} (a view WITH CHECK OPTION)
 */
record MergeTarget(
    ResolvedTable table, List<String> name, List<String> names, List<Integer> order, BoundExpr filter,
    boolean view, boolean checkOption) {
  /** The table {@code name} names as the target: every column, as named. */
  static MergeTarget of(ResolvedTable t, List<String> name) {
    List<String> names = t.table().columns().stream().map(Column::name).toList();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      order.add(i);
    }
    return new MergeTarget(t, name, names, order, null, false, false);
  }

  /** This target with the rows it writes held to its filter (a view WITH CHECK OPTION). */
  MergeTarget checked(boolean on) {
    return new MergeTarget(table, name, names, order, filter, view, on);
  }

  /**
   * A view or common table expression named {@code name} as the target: {@code query} with its
   * columns named {@code columns} (empty: the query's own names).
   */
  static MergeTarget through(BindContext bind, String name, QuerySpec query, List<String> columns) {
    if (!query.compounds().isEmpty()) {
      throw SqlErrors.VIEW_DERIVED_FIELD.raise(name);
    }
    if (query.distinct() || !query.groupBy().isEmpty() || query.having() != null) {
      throw SqlErrors.VIEW_AGGREGATES.raise(name);
    }
    if (query.top() != null || !query.orderBy().isEmpty() || query.offset() != null) {
      throw SqlErrors.OPTION_NOT_SUPPORTED.raise("TOP or ORDER BY in the target's definition");
    }
    TableSource.Named from = switch (query.from()) {
      case TableSource.Named n -> n;
      case TableSource.Join j -> throw SqlErrors.VIEW_MULTIPLE_TABLES.raise(name);
      case null, default -> throw SqlErrors.VIEW_DERIVED_FIELD.raise(name);
    };
    ResolvedTable t = table(bind, from);
    Table table = t.table();
    String[] names = new String[table.columns().size()];
    List<Integer> order = new ArrayList<>();
    for (SelectItem item : query.items()) {
      switch (item) {
        case SelectItem.Star star -> {
          for (int p = 0; p < names.length; p++) {
            show(names, order, p, table.columns().get(p).name());
          }
        }
        case SelectItem.Column c when c.expr() instanceof ColumnRef r -> {
          Column col = table.column(r.parts().getLast())
              .orElseThrow(() -> SqlErrors.INVALID_COLUMN.raise(r.parts().getLast()));
          show(names, order, table.position(col.columnId()), c.alias() != null ? c.alias() : col.name());
        }
        default -> throw SqlErrors.VIEW_DERIVED_FIELD.raise(name);
      }
    }
    for (int i = 0; i < columns.size() && i < order.size(); i++) {
      names[order.get(i)] = columns.get(i);
    }
    String qualifier = from.alias() != null ? from.alias() : from.parts().getLast();
    BoundExpr filter = query.where() == null ? null
        : new ExpressionBinder(bind, new ColumnScope(qualifier, TableSources.columns(t)), null, "WHERE")
            .condition(query.where());
    return new MergeTarget(
        t, List.of(table.name()), Collections.unmodifiableList(Arrays.asList(names)), List.copyOf(order), filter, true,
        false);
  }

  /** A column selected twice is shown once, under its first name. */
  private static void show(String[] names, List<Integer> order, int position, String name) {
    if (names[position] == null) {
      names[position] = name;
      order.add(position);
    }
  }

  private static ResolvedTable table(BindContext bind, TableSource.Named from) {
    SessionState state = (SessionState) bind.session();
    return dev.quern.engine.store.DisabledIndexes.requireRows(
        ObjectNames.table(state.store(), state.databaseName(), from.parts())
            .orElseThrow(() -> ObjectNames.object(state.store(), state.databaseName(), from.parts()).isPresent()
                ? SqlErrors.OPTION_NOT_SUPPORTED.raise("view as the target")
                : TableSources.missing(String.join(".", from.parts()))));
  }

  /** The table column {@code name} stands for, by its shown name (207 when the target has none). */
  Column column(String name) {
    for (int p = 0; p < names.size(); p++) {
      if (names.get(p) != null && names.get(p).equalsIgnoreCase(name)) {
        return table.table().columns().get(p);
      }
    }
    throw SqlErrors.INVALID_COLUMN.raise(name);
  }

  /**
   * The table columns an INSERT's column list names: through a view, the listed names mapped to
   * the table's, or without a list the view's columns that take a value (not identity or computed).
   */
  List<String> insertColumns(List<String> listed) {
    if (!view) {
      return listed;
    }
    if (!listed.isEmpty()) {
      return listed.stream().map(n -> column(n).name()).toList();
    }
    return order.stream()
        .map(p -> table.table().columns().get(p))
        .filter(c -> c.identity() == null && c.computed() == null)
        .map(Column::name)
        .toList();
  }
}
