package dev.quern.engine.binder;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.ast.CursorStatement;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.plan.StatementPlan;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds the cursor statements. A cursor's query is not bound here: SQL Server compiles it when the
 * cursor opens (a missing table is 208 at OPEN, not at DECLARE), so its plan keeps the scope to bind
 * it in. FETCH INTO's variables and ABSOLUTE/RELATIVE's n are bound now.
 */
public final class CursorBinder {
  private CursorBinder() {}

  /**
   * FETCH INTO's conversions: column i of the cursor's row to variable i's type, implicitly as
   * SET would; 16922 where no implicit conversion exists.
   */
  public static List<BoundExpr> converters(
      dev.quern.engine.plan.BindingScope scope, List<dev.quern.engine.api.ResultColumn> columns, List<SqlType> targets) {
    ExpressionBinder exprs = new ExpressionBinder((BindContext) scope, ColumnScope.EMPTY, null, "");
    List<BoundExpr> out = new ArrayList<>();
    for (int i = 0; i < targets.size(); i++) {
      var c = columns.get(i);
      try {
        out.add(exprs.implicit(new dev.quern.engine.expr.ColumnExpr(i, c.name(), c.type(), true), targets.get(i)));
      } catch (dev.quern.engine.error.SqlException e) {
        throw dev.quern.engine.error.CursorErrors.IMPLICIT_CONVERSION.raise(SqlTypes.sqlName(c.type()), SqlTypes.sqlName(targets.get(i)));
      }
    }
    return List.copyOf(out);
  }

  static StatementPlan bind(CursorStatement s, BindContext bind, ExpressionBinder exprs) {
    if (!(s instanceof CursorStatement.Fetch f)) {
      return new StatementPlan.Cursor(s.line(), s, bind, null, null, null);
    }
    BoundExpr offset = f.offset() == null ? null : exprs.implicit(exprs.value(f.offset()), SqlTypes.BIGINT);
    if (f.into() == null) {
      return new StatementPlan.Cursor(s.line(), s, bind, null, null, offset);
    }
    int[] slots = new int[f.into().size()];
    List<SqlType> types = new ArrayList<>();
    for (int i = 0; i < slots.length; i++) {
      VariableScope.Variable v = bind.variables().resolve(f.into().get(i));
      slots[i] = v.slot();
      types.add(v.type());
    }
    return new StatementPlan.Cursor(s.line(), s, bind, slots, List.copyOf(types), offset);
  }
}
