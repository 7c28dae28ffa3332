package dev.quern.engine.binder;

import dev.quern.catalog.meta.Column;
import dev.quern.catalog.meta.TrackedKey;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.ast.ColumnRef;
import dev.quern.engine.ast.Expr;
import dev.quern.engine.ast.Literal;
import dev.quern.engine.ast.TableSource;
import dev.quern.engine.error.ChangeTrackingErrors;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.plan.ChangeTableNode;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.ObjectNames;
import dev.quern.engine.store.ResolvedTable;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds CHANGETABLE (parsed as a function whose arguments are the form, the table, then the
 * version or the key columns and values): the table must be a tracked user table (22107, 22105),
 * the result must be aliased (22104), VERSION's columns must be the primary key's (22111, 22110)
 * and as many as its values (22103). The last sync version is a bigint.
 */
final class ChangeTables {
  private ChangeTables() {}

  static boolean is(TableSource.Function f) {
    return f.name().equalsIgnoreCase("CHANGETABLE") && !f.args().isEmpty()
        && f.args().getFirst() instanceof Literal l && l.kind() == Literal.Kind.STRING;
  }

  static SourceBinder.Bound bind(BindContext bind, TableSource.Function f, ExpressionBinder exprs) {
    boolean changes = ((Literal) f.args().get(0)).text().equals("CHANGES");
    List<String> name = ((ColumnRef) f.args().get(1)).parts();
    String written = String.join(".", name);
    if (!(bind.session() instanceof SessionState state) || !state.store().inStatement()) {
      throw SqlErrors.INVALID_OBJECT.raise(written);
    }
    if (name.getLast().startsWith("#")) {
      throw ChangeTrackingErrors.NOT_A_USER_TABLE.raise(written);
    }
    ResolvedTable t = ObjectNames.table(state.store(), state.databaseName(), name).orElseThrow(() ->
        ObjectNames.object(state.store(), state.databaseName(), name).isPresent()
            ? ChangeTrackingErrors.NOT_A_USER_TABLE.raise(written) : SqlErrors.INVALID_OBJECT.raise(written));
    if (state.store().metadata(t.catalog()).changeTracking(t.table().id()) == null) {
      throw ChangeTrackingErrors.TABLE_NOT_TRACKED.raise(written);
    }
    if (f.alias() == null) {
      throw ChangeTrackingErrors.NEEDS_ALIAS.raise();
    }
    TrackedKey key = TrackedKey.of(t.table());
    var columns = ChangeTableNode.columnsOf(changes, key.columns());
    ChangeTableNode node = changes
        ? new ChangeTableNode(t, exprs.implicit(exprs.value(f.args().get(2)), SqlTypes.BIGINT), null, columns)
        : new ChangeTableNode(t, null, keyValues(f, t, key, exprs), columns);
    return new SourceBinder.Bound(node, new ColumnScope(f.alias(), node.columns()), true);
  }

  /** VERSION's values in primary key order, each converted to its column's type. */
  private static List<BoundExpr> keyValues(TableSource.Function f, ResolvedTable t, TrackedKey key,
      ExpressionBinder exprs) {
    int count = Integer.parseInt(((Literal) f.args().get(2)).text());
    List<Expr> names = f.args().subList(3, 3 + count);
    List<Expr> values = f.args().subList(3 + count, f.args().size());
    BoundExpr[] ordered = new BoundExpr[key.columns().size()];
    for (int i = 0; i < names.size(); i++) {
      String column = ((ColumnRef) names.get(i)).parts().getLast();
      int at = indexOf(key.columns(), column);
      if (at < 0) {
        throw ChangeTrackingErrors.VERSION_COLUMN_NOT_IN_KEY.raise(column, t.table().name());
      }
      if (i < values.size()) {
        ordered[at] = exprs.implicit(exprs.value(values.get(i)), key.columns().get(at).type());
      }
    }
    if (names.size() != key.columns().size()) {
      throw ChangeTrackingErrors.VERSION_COLUMN_COUNT.raise(t.table().name());
    }
    if (values.size() != names.size()) {
      throw ChangeTrackingErrors.VERSION_ARGUMENTS.raise();
    }
    return List.of(ordered);
  }

  private static int indexOf(List<Column> columns, String name) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equalsIgnoreCase(name)) {
        return i;
      }
    }
    return -1;
  }

  /** The column names of CHANGETABLE's result (SELECT *). */
  static List<String> columnNames(BindContext bind, TableSource.Function f) {
    return new ArrayList<>(bind(bind, f, new ExpressionBinder(bind, ColumnScope.EMPTY, null, "FROM")).node().columns()
        .stream().map(c -> c.name()).toList());
  }
}
