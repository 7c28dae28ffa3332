package dev.quern.engine.binder;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.ast.Expr;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.EvalContext;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.StoreSession;

/**
 * An IF/WHILE condition or an assigned value that reads a table (EXISTS, a scalar subquery): it is
 * bound each time it is evaluated, inside a statement of its own, as SQL Server resolves such
 * names when the statement runs. {@code target} is the type an assigned value is converted to;
 * null for a condition.
 */
public final class LateBoundExpr extends BoundExpr {
  private final Expr ast;
  private final BindContext bind;
  private final SqlType target;

  LateBoundExpr(Expr ast, BindContext bind, SqlType target) {
    this.ast = ast;
    this.bind = bind;
    this.target = target;
  }

  @Override
  public SqlType type() {
    return target == null ? SqlTypes.BIT : target;
  }

  @Override
  public boolean nullable() {
    return true;
  }

  @Override
  public boolean isPredicate() {
    return target == null;
  }

  @Override
  public Object eval(EvalContext ctx) {
    return eval(ctx, bound -> {});
  }

  /**
   * Binds the expression against the catalog of this moment; the caller runs a statement (the
   * binding reads metadata). Showplans take the bound form to show the queries it runs.
   */
  public BoundExpr bind() {
    ExpressionBinder exprs = new ExpressionBinder(bind, ColumnScope.EMPTY, null, "");
    return target == null ? exprs.condition(ast) : exprs.implicit(exprs.value(ast), target);
  }

  /** As {@link #eval(EvalContext)}, handing the bound form to {@code bound} before evaluating it. */
  public Object eval(EvalContext ctx, java.util.function.Consumer<BoundExpr> seen) {
    StoreSession store = ((SessionState) ctx.functions).store();
    store.beginStatement();
    boolean ok = false;
    try {
      BoundExpr bound = bind();
      seen.accept(bound);
      Object saved = ctx.row;
      Object value = bound.eval(ctx);
      ctx.row = (Object[]) saved;
      ok = true;
      return value;
    } finally {
      store.endStatement(ok);
    }
  }

  @Override
  public String toSql() {
    return ast.toSql();
  }
}
