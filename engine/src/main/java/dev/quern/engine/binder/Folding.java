package dev.quern.engine.binder;

import dev.quern.engine.error.SqlException;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.Constant;
import dev.quern.engine.expr.EvalContext;

/**
 * Constant folding: an expression of constants is evaluated once at bind time. When evaluating
 * fails (1/0, a bad conversion) the expression stays as it is, so the error surfaces when the
 * statement runs, as in SQL Server.
 */
final class Folding {
  private Folding() {}

  /**
   * {@code e} folded; with {@code dateSettingsChanged} (a SET DATEFORMAT,
   * DATEFIRST or LANGUAGE comes earlier in the batch) an expression that depends on those settings
   * stays unfolded, to be evaluated with them when it runs ({@link DateSettingsDependence}).
   */
  static BoundExpr fold(BoundExpr e, EvalContext ctx, boolean dateSettingsChanged) {
    if (e instanceof Constant || e.isPredicate() || !e.isConstant()) {
      return e;
    }
    if (dateSettingsChanged && DateSettingsDependence.dependsOnDateSettings(e)) {
      return e;
    }
    try {
      return new Constant(e.eval(ctx), e.type(), e.toSql(), e.nullable());
    } catch (SqlException ex) {
      return e;
    }
  }
}
