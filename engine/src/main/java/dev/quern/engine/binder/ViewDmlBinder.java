package dev.quern.engine.binder;

import dev.quern.catalog.meta.Column;
import dev.quern.engine.ast.ColumnRef;
import dev.quern.engine.ast.DeleteStatement;
import dev.quern.engine.ast.Expr;
import dev.quern.engine.ast.InsertStatement;
import dev.quern.engine.ast.QuerySpec;
import dev.quern.engine.ast.SelectItem;
import dev.quern.engine.ast.UpdateStatement;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.plan.DmlPlan;
import dev.quern.engine.plan.JoinedRows;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.ResolvedTable;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds INSERT, UPDATE and DELETE whose target is a view or common table expression as statements
 * on its one base table ("CREATE VIEW", § Updatable Views; "WITH common_table_expression"): UPDATE
 * and DELETE as their FROM forms over the definition (each of its rows one base row, so a window
 * function, join or filter there decides which rows change), INSERT with the target's columns
 * mapped onto the table's (the others take their defaults). The table's constraints, triggers,
 * identity and OUTPUT then apply as for a statement on the table itself.
 */
final class ViewDmlBinder {
  private final SessionState state;
  private final DmlBinder dml;

  ViewDmlBinder(SessionState state, DmlBinder dml) {
    this.state = state;
    this.dml = dml;
  }

  /** UPDATE: every SET column of one base table (4405), none derived (4406). */
  DmlPlan.Update update(UpdateStatement s, ViewTarget v) {
    ViewTarget.Mapped m = v.columns(s.assignments().stream().map(UpdateStatement.Assignment::column).toList());
    ResolvedTable t = dml.writable(m.base().table(), "UPDATE");
    BindContext bind = dml.bindContext();
    return dml.joinedUpdate(
            s, t, m.columns().stream().map(Column::name).toList(), given -> DmlFromBinder.join(bind, v.row(m.base()), v.from(m.base()), given, s.where(), true))
        .checked(check(v, m.base()));
  }

  /** DELETE: the target reads one base table (4405 when several). */
  DmlPlan.Delete delete(DeleteStatement s, ViewTarget v) {
    UpdatableQuery.BaseTable base = v.only();
    ResolvedTable t = dml.target(base.table(), "DELETE");
    BindContext bind = dml.bindContext();
    JoinedRows rows = DmlFromBinder.join(bind, v.row(base), v.from(base), List.of(), s.where(), true);
    return new DmlPlan.Delete(t, rows.matches(), null, ComputedColumnBinder.bind(bind, t), dml.targetRead(t, s.target()));
  }

  /**
   * INSERT: the listed columns (without a list, the target's columns but those of an identity or
   * computed base column, as for a table) mapped onto one base table's; DEFAULT VALUES writes
   * the one table the target reads.
   */
  DmlPlan.Insert insert(InsertStatement s, ViewTarget v) {
    List<String> listed = s.columns().isEmpty() ? insertable(v) : s.columns();
    if (s.columns().isEmpty()) {
      for (List<Expr> row : s.rows()) {
        if (row.size() != listed.size()) {
          throw SqlErrors.VALUES_MISMATCH.raise();
        }
      }
    }
    UpdatableQuery.BaseTable base;
    List<String> columns = new ArrayList<>();
    if (listed.isEmpty() || s.rows().isEmpty() && s.query() == null && s.exec() == null) {
      base = v.only();
    } else {
      ViewTarget.Mapped m = v.columns(listed);
      base = m.base();
      m.columns().forEach(c -> columns.add(c.name()));
    }
    ResolvedTable t = dml.target(base.table(), "INSERT");
    InsertStatement onTable = new InsertStatement(
        s.line(), List.of(t.table().name()), columns, s.rows(), s.query(), s.exec(), s.tableLock());
    return dml.insert(onTable, t).checked(check(v, base));
  }

  /**
   * The CHECK OPTION a write to {@code base} through {@code v} must meet (that of the outermost
   * view on the way with one), as the query of the full base rows that view shows; null for none.
   */
  private DmlPlan.ViewCheck check(ViewTarget v, UpdatableQuery.BaseTable base) {
    UpdatableQuery checking = v.query().checking(base);
    if (checking == null) {
      return null;
    }
    String alias = "checked";
    List<SelectItem> items = new ArrayList<>();
    UpdatableQuery.rowColumns(base).forEach(c -> items.add(new SelectItem.Column(new ColumnRef(List.of(alias, c)), null)));
    QuerySpec rows = new QuerySpec(
        false, null, items, checking.withRowOf(base, alias), null, List.of(), null, List.of(), null, null, List.of());
    return new DmlPlan.ViewCheck(new QueryBinder(dml.bindContext()).bindQuery(rows).plan());
  }

  /** The target's columns an INSERT without a column list gives values for. */
  private static List<String> insertable(ViewTarget v) {
    List<String> names = v.query().names();
    List<String> out = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      UpdatableQuery.Shown s = v.query().shown().get(i);
      Column c = s.table() == null ? null : s.table().table().table().columns().get(s.position());
      if (c == null || c.identity() == null && c.computed() == null) {
        out.add(names.get(i));
      }
    }
    return out;
  }
}
