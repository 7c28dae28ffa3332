package dev.quern.engine.binder;

import dev.quern.catalog.meta.Column;
import dev.quern.catalog.meta.View;
import dev.quern.engine.ast.ColumnRef;
import dev.quern.engine.ast.CreateViewStatement;
import dev.quern.engine.ast.Expr;
import dev.quern.engine.ast.TableSource;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.session.SessionSecurity;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.ObjectNames;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The view or common table expression an INSERT, UPDATE or DELETE names as its target, and how the
 * statement maps onto the one base table it changes ("CREATE VIEW", § Updatable Views): the target
 * becomes a derived table over the definition that also returns the base table's row, and the
 * statement runs as the UPDATE/DELETE … FROM of that table, so only the rows the definition
 * produces and the statement's WHERE keeps change. A view with an INSTEAD OF trigger for the
 * statement is not one: the trigger runs in place of the statement.
 */
final class ViewTarget {
  private final String name;
  private final String qualifier;
  private final UpdatableQuery query;
  private final TableSource from;
  private final TableSource source;
  private final SessionSecurity.Module module;

  private ViewTarget(
      String name, String qualifier, UpdatableQuery query, TableSource from, TableSource source,
      SessionSecurity.Module module) {
    this.name = name;
    this.qualifier = qualifier;
    this.query = query;
    this.from = from;
    this.source = source;
    this.module = module;
  }

  /**
   * The view or common table expression {@code name} designates as the target of {@code event}
   * (INSERT, UPDATE, DELETE) with FROM {@code from} (null: none), checked for the permission on
   * the view; null when it designates a table.
   */
  static ViewTarget find(SessionState state, List<String> name, TableSource from, String event) {
    if (from == null) {
      TableSource.Named self = new TableSource.Named(name, null);
      return view(state, self, name.getLast(), self, self, event);
    }
    TableSource s = designated(from, name);
    return switch (s) {
      case TableSource.Derived d when !d.recursive() ->
          new ViewTarget(d.alias(), d.alias(), UpdatableQuery.of(state, d.alias(), d.query(), d.columns()), from, d, null);
      case TableSource.Named n ->
          view(state, n, n.alias() != null ? n.alias() : n.parts().getLast(), from, n, event);
      case null -> {
        // A target not among the sources is joined to them, as DmlFromBinder does for a table.
        TableSource.Named self = new TableSource.Named(name, null);
        yield view(state, self, name.getLast(), new TableSource.Join(self, from, TableSource.Join.JoinType.CROSS, null), self, event);
      }
      default -> null;
    };
  }

  /** A common table expression {@code cte} as an INSERT's target. */
  static ViewTarget common(SessionState state, TableSource.Derived cte) {
    return new ViewTarget(cte.alias(), cte.alias(), UpdatableQuery.of(state, cte.alias(), cte.query(), cte.columns()), cte, cte, null);
  }

  private static ViewTarget view(
      SessionState state, TableSource.Named n, String qualifier, TableSource from, TableSource source, String event) {
    String last = n.parts().getLast();
    if (last.startsWith("#") || last.startsWith("@") || !state.store().inStatement()) {
      return null;
    }
    List<String> parts = ObjectNames.followSynonym(state.store(), state.databaseName(), n.parts());
    if (ObjectNames.table(state.store(), state.databaseName(), parts).isPresent()) {
      return null;
    }
    var found = ObjectNames.object(state.store(), state.databaseName(), parts);
    if (found.isEmpty() || !(found.get().object() instanceof View view)) {
      return null;
    }
    var where = found.get().target();
    if (dev.quern.engine.session.InsteadOfTrigger.of(state, where.catalog(), view.id(), event) != null) {
      return null; // the statement fails to bind as a table's (208) and the trigger runs instead
    }
    dev.quern.engine.session.PermissionGate.object(state, where.database(), where.schema(), view, event);
    var definition = (CreateViewStatement) dev.quern.engine.parser.Parser.parseBatch(view.definition(), true).getFirst();
    var module = dev.quern.engine.session.Modules.of(state, where.database().id(), view);
    UpdatableQuery query = dev.quern.engine.session.Modules.inside(
        state, module, () -> UpdatableQuery.of(state, view.name(), definition.query(), definition.columns())
            .withCheckOption(definition.checkOption()));
    return new ViewTarget(view.name(), qualifier, query, from, source, module);
  }

  /** The source of FROM that {@code name} designates: by alias, else a table or view by name without alias. */
  private static TableSource designated(TableSource s, List<String> name) {
    return switch (s) {
      case TableSource.Named n ->
          name.size() == 1 && n.alias() != null && n.alias().equalsIgnoreCase(name.getFirst())
              || n.alias() == null && n.parts().getLast().equalsIgnoreCase(name.getLast()) ? n : null;
      case TableSource.Derived d -> name.size() == 1 && d.alias().equalsIgnoreCase(name.getFirst()) ? d : null;
      case TableSource.Join j -> {
        TableSource l = designated(j.left(), name);
        yield l != null ? l : designated(j.right(), name);
      }
      default -> null;
    };
  }

  /** The name errors give (the view's or the common table expression's). */
  String name() {
    return name;
  }

  UpdatableQuery query() {
    return query;
  }

  /** {@code body} bound inside the view (ownership chaining to its tables, as for SELECT). */
  <T> T inside(SessionState state, Supplier<T> body) {
    return module == null ? body.get() : dev.quern.engine.session.Modules.inside(state, module, body);
  }

  /** The one base table a DELETE through the target changes: 4405 when it reads several. */
  UpdatableQuery.BaseTable only() {
    List<UpdatableQuery.BaseTable> bases = query.bases();
    if (bases.size() != 1) {
      throw bases.isEmpty() ? SqlErrors.VIEW_DERIVED_FIELD.raise(name) : SqlErrors.VIEW_MULTIPLE_TABLES.raise(name);
    }
    return bases.getFirst();
  }

  /**
   * The target's columns {@code names} (an UPDATE's SET or an INSERT's list) as the base columns
   * they show: 207 for a name the target has not, 4406 for a derived column, 4405 when they lie in
   * more than one base table.
   */
  Mapped columns(List<String> names) {
    UpdatableQuery.BaseTable base = null;
    List<Column> out = new ArrayList<>();
    for (String n : names) {
      UpdatableQuery.Shown s = query.column(n);
      if (s == null) {
        throw SqlErrors.INVALID_COLUMN.raise(n);
      }
      if (s.table() == null) {
        throw SqlErrors.VIEW_DERIVED_FIELD.raise(name);
      }
      if (base != null && base != s.table()) {
        throw SqlErrors.VIEW_MULTIPLE_TABLES.raise(name);
      }
      base = s.table();
      out.add(base.table().table().columns().get(s.position()));
    }
    return new Mapped(base, out);
  }

  /** Target columns mapped onto base table {@code base}. */
  record Mapped(UpdatableQuery.BaseTable base, List<Column> columns) {}

  /** The statement's FROM with the target replaced by the definition returning {@code base}'s row. */
  TableSource from(UpdatableQuery.BaseTable base) {
    return UpdatableQuery.replaced(from, source, query.withRowOf(base, qualifier));
  }

  /** The columns of that FROM carrying {@code base}'s row, in the table's column order. */
  List<Expr> row(UpdatableQuery.BaseTable base) {
    List<Expr> out = new ArrayList<>();
    UpdatableQuery.rowColumns(base).forEach(c -> out.add(new ColumnRef(List.of(qualifier, c))));
    return out;
  }
}
