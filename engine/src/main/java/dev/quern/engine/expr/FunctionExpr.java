package dev.quern.engine.expr;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.value.SqlValueException;
import dev.quern.engine.func.ScalarFunction;
import java.util.List;

/** A call of a built-in scalar function from {@code engine.func}. */
public final class FunctionExpr extends BoundExpr {
  private final ScalarFunction function;
  private final BoundExpr[] args;
  private final List<SqlType> argTypes;
  private final SqlType type;
  private final boolean nullable;
  private final String sql;

  public FunctionExpr(
      ScalarFunction function, List<BoundExpr> args, SqlType type, boolean nullable, String sql) {
    this.function = function;
    this.args = args.toArray(BoundExpr[]::new);
    this.argTypes = args.stream().map(BoundExpr::type).toList();
    this.type = type;
    this.nullable = nullable;
    this.sql = sql;
  }

  /** The function called. */
  public ScalarFunction function() {
    return function;
  }

  @Override
  public SqlType type() {
    return type;
  }

  @Override
  public boolean nullable() {
    return nullable;
  }

  @Override
  public Object eval(EvalContext ctx) {
    Object[] values = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      values[i] = args[i].eval(ctx);
    }
    try {
      return function.invoke(values, argTypes, ctx.functions);
    } catch (SqlValueException e) {
      throw ValueErrors.toSql(e);
    }
  }

  @Override
  public String toSql() {
    return sql;
  }

  /** Deterministic functions of constants fold; @@SPID, GETDATE() and the like never do. */
  @Override
  public boolean isConstant() {
    // Niladic functions read the session (DB_NAME(), SCHEMA_NAME()); folding them into a cached
    // plan would freeze a value that USE or EXECUTE AS can change.
    if (!function.deterministic() || args.length == 0) {
      return false;
    }
    for (BoundExpr a : args) {
      if (!a.isConstant()) {
        return false;
      }
    }
    return true;
  }

  @Override
  public List<BoundExpr> operands() {
    return List.of(args);
  }
}
