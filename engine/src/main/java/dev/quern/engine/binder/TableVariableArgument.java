package dev.quern.engine.binder;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.api.TableArgument;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.EvalContext;
import dev.quern.engine.session.SessionState;

/**
 * An EXEC argument that names a table variable ({@code EXEC p @p = @t}): evaluates, when the call
 * runs, to the table the caller's scope declared under that name (table variables are declared as
 * the batch runs, so binding cannot know it yet); 137 when there is none, as for any undeclared
 * variable.
 */
final class TableVariableArgument extends BoundExpr {
  private final String name;

  TableVariableArgument(String name) {
    this.name = name;
  }

  @Override
  public SqlType type() {
    return SqlTypes.SQL_VARIANT;
  }

  @Override
  public boolean nullable() {
    return false;
  }

  @Override
  public Object eval(EvalContext ctx) {
    if (!(ctx.functions instanceof SessionState s) || s.store().tableVariables().storedName(name) == null) {
      throw SqlErrors.MUST_DECLARE_SCALAR.raise(name);
    }
    var vars = s.store().tableVariables();
    return new TableArgument.Variable(name, vars.storedName(name), vars.userTypeId(name));
  }

  @Override
  public String toSql() {
    return name;
  }
}
