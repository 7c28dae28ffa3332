package dev.quern.engine.binder;

import dev.quern.catalog.meta.Column;
import dev.quern.engine.ast.ColumnRef;
import dev.quern.engine.ast.Expr;
import dev.quern.engine.ast.QuerySpec;
import dev.quern.engine.ast.SelectItem;
import dev.quern.engine.ast.TableSource;
import dev.quern.engine.plan.JoinedRows;
import dev.quern.engine.store.ResolvedTable;
import java.util.ArrayList;
import java.util.List;

/**
 * The FROM of UPDATE … FROM and DELETE … FROM: finds the target among the sources (by alias, or
 * by table name when it has none, or the one reference to its table under an alias; a target not
 * there is joined in, as SQL Server does) and binds the join that says which target rows change
 * and with what values.
 */
final class DmlFromBinder {
  /** The target's table name, its qualifier in the join, and the sources to join. */
  record Target(List<String> table, String qualifier, TableSource from) {}

  private DmlFromBinder() {}

  static Target target(List<String> name, TableSource from) {
    if (name.size() == 1) {
      TableSource.Named aliased = find(from, n -> n.alias() != null && n.alias().equalsIgnoreCase(name.getFirst()));
      if (aliased != null) {
        return new Target(aliased.parts(), aliased.alias(), from);
      }
    }
    TableSource.Named named = find(from, n -> n.alias() == null && n.parts().getLast().equalsIgnoreCase(name.getLast()));
    if (named != null) {
      return new Target(named.parts(), named.parts().getLast(), from);
    }
    // UPDATE t … FROM t AS a: the only reference to the target's table is the target, alias or not.
    List<TableSource.Named> aliased = new ArrayList<>();
    collect(from, n -> n.alias() != null && sameTable(n.parts(), name), aliased);
    if (aliased.size() == 1) {
      return new Target(aliased.getFirst().parts(), aliased.getFirst().alias(), from);
    }
    if (aliased.size() > 1) {
      throw dev.quern.engine.error.SqlErrors.AMBIGUOUS_DML_TARGET.raise(String.join(".", name));
    }
    TableSource self = new TableSource.Named(name, null);
    return new Target(name, name.getLast(), new TableSource.Join(self, from, TableSource.Join.JoinType.CROSS, null));
  }

  /** Whether two names, as written, name one table: the same name, and the same schema where both give one. */
  private static boolean sameTable(List<String> a, List<String> b) {
    if (!a.getLast().equalsIgnoreCase(b.getLast())) {
      return false;
    }
    return a.size() < 2 || b.size() < 2 || a.get(a.size() - 2).equalsIgnoreCase(b.get(b.size() - 2));
  }

  private static void collect(TableSource s, java.util.function.Predicate<TableSource.Named> test, List<TableSource.Named> out) {
    switch (s) {
      case TableSource.Named n -> {
        if (test.test(n)) {
          out.add(n);
        }
      }
      case TableSource.Join j -> {
        collect(j.left(), test, out);
        collect(j.right(), test, out);
      }
      case TableSource.Apply a -> {
        collect(a.left(), test, out);
        collect(a.right(), test, out);
      }
      default -> { }
    }
  }

  private static TableSource.Named find(TableSource s, java.util.function.Predicate<TableSource.Named> test) {
    return switch (s) {
      case TableSource.Named n -> test.test(n) ? n : null;
      case TableSource.Join j -> {
        TableSource.Named l = find(j.left(), test);
        yield l != null ? l : find(j.right(), test);
      }
      case TableSource.Apply a -> {
        TableSource.Named l = find(a.left(), test);
        yield l != null ? l : find(a.right(), test);
      }
      default -> null;
    };
  }

  /** SELECT target columns, {@code values} FROM sources WHERE where: the rows that join. */
  static JoinedRows join(BindContext bind, ResolvedTable t, Target target, List<Expr> values, Expr where) {
    List<Expr> row = new ArrayList<>();
    for (Column c : t.table().columns()) {
      row.add(new ColumnRef(List.of(target.qualifier(), c.name())));
    }
    return join(bind, row, target.from(), values, where, false);
  }

  /**
   * SELECT {@code row} (the target row's columns, in the table's order), {@code values} FROM {@code
   * from} WHERE {@code where}; with {@code oneEach}, each joined row picks one target row (a view's
   * or common table expression's rows are each one base row).
   */
  static JoinedRows join(BindContext bind, List<Expr> row, TableSource from, List<Expr> values, Expr where, boolean oneEach) {
    List<SelectItem> items = new ArrayList<>();
    for (Expr e : row) {
      items.add(new SelectItem.Column(e, null));
    }
    for (Expr v : values) {
      items.add(new SelectItem.Column(v, null));
    }
    QuerySpec q = new QuerySpec(
        false, null, items, from, where, List.of(), null, List.of(), null, null, List.of());
    QueryBinder.Bound b = new QueryBinder(bind).bindQuery(q);
    return new JoinedRows(b.plan(), row.size(), oneEach);
  }
}
