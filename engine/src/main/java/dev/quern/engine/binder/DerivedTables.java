package dev.quern.engine.binder;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.ast.QuerySpec;
import dev.quern.engine.ast.TableSource;
import dev.quern.engine.error.SqlErrors;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A derived table or common table expression in FROM: its query bound in the statement's context
 * (it cannot see the columns of the sources beside it), its columns named by the list given or by
 * the query itself, each name once (8155, 8156, 8158, 8159 as SQL Server words them).
 */
final class DerivedTables {
  private DerivedTables() {}

  static SourceBinder.Bound bind(BindContext bind, TableSource.Derived d) {
    QuerySpec q = d.query();
    if (!q.orderBy().isEmpty() && q.top() == null && q.offset() == null) {
      throw SqlErrors.ORDER_BY_IN_DERIVED.raise();
    }
    QueryBinder.Bound b = new QueryBinder(bind).bindQuery(q);
    List<ResultColumn> columns = named(b.plan().columns(), d);
    return new SourceBinder.Bound(b.plan().root(), new ColumnScope(d.alias(), columns), b.readsTable());
  }

  /** The names {@code SELECT *} over {@code d} expands to. */
  static List<String> columnNames(BindContext bind, TableSource.Derived d) {
    return bind(bind, d).scope().columns().stream().map(ResultColumn::name).toList();
  }

  private static List<ResultColumn> named(List<ResultColumn> produced, TableSource.Derived d) {
    List<String> given = d.columns();
    if (!given.isEmpty() && given.size() < produced.size()) {
      throw SqlErrors.DERIVED_MORE_COLUMNS.raise(d.alias());
    }
    if (given.size() > produced.size()) {
      throw SqlErrors.VIEW_COLUMN_COUNT.raise(d.alias());
    }
    List<ResultColumn> out = new ArrayList<>(produced.size());
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < produced.size(); i++) {
      ResultColumn c = produced.get(i);
      String name = given.isEmpty() ? c.name() : given.get(i);
      if (name == null || name.isEmpty()) {
        throw SqlErrors.DERIVED_COLUMN_UNNAMED.raise(i + 1, d.alias());
      }
      if (!seen.add(name.toLowerCase(Locale.ROOT))) {
        throw SqlErrors.DERIVED_COLUMN_TWICE.raise(name, d.alias());
      }
      out.add(new ResultColumn(name, c.type(), c.nullable()));
    }
    return List.copyOf(out);
  }
}
