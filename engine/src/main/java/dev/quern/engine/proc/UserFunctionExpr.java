package dev.quern.engine.proc;

import dev.quern.catalog.type.SqlType;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.EvalContext;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/**
 * A call of a scalar user-defined function, {@code schema.name(args)}: the arguments are evaluated
 * and the body runs at each evaluation (never folded: a function may read tables). The function
 * is found by name when the call runs, so a plan kept across an ALTER FUNCTION runs the new body.
 */
public final class UserFunctionExpr extends BoundExpr {
  private final List<String> parts;
  private final String written;
  /** Null where the call passed DEFAULT. */
  private final BoundExpr[] args;
  private final boolean[] defaulted;
  private final List<SqlType> argTypes;
  private final SqlType type;
  private final String sql;
  private final FunctionCallSite site = new FunctionCallSite();

  public UserFunctionExpr(List<String> parts, String written, List<BoundExpr> args, SqlType type, String sql) {
    this.parts = List.copyOf(parts);
    this.written = written;
    this.args = args.toArray(BoundExpr[]::new);
    this.defaulted = new boolean[this.args.length];
    List<SqlType> types = new ArrayList<>();
    for (int i = 0; i < this.args.length; i++) {
      defaulted[i] = this.args[i] == null;
      types.add(this.args[i] == null ? null : this.args[i].type());
    }
    this.argTypes = java.util.Collections.unmodifiableList(types);
    this.type = type;
    this.sql = sql;
  }

  @Override
  public SqlType type() {
    return type;
  }

  @Override
  public boolean nullable() {
    return true;
  }

  @Override
  public Object eval(EvalContext ctx) {
    Object[] values = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      values[i] = args[i] == null ? null : args[i].eval(ctx);
    }
    Object[] row = ctx.row; // the body's statements run operators of their own
    try {
      return UserFunctions.invokeScalar((SessionState) ctx.functions, parts, written, values, defaulted, argTypes, type, site);
    } finally {
      ctx.row = row;
    }
  }

  @Override
  public String toSql() {
    return sql;
  }

  @Override
  public List<BoundExpr> operands() {
    List<BoundExpr> out = new ArrayList<>();
    for (BoundExpr a : args) {
      if (a != null) {
        out.add(a);
      }
    }
    return out;
  }
}
