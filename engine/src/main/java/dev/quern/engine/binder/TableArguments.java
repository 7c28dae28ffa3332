package dev.quern.engine.binder;

import dev.quern.catalog.meta.UserType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.ast.Expr;
import dev.quern.engine.ast.VariableRef;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.expr.BoundExpr;

/**
 * The argument of a function's table-valued parameter: a table variable, named as a variable
 * ({@code dbo.f(@t)}); anything else is 206, as SQL Server says of a value given for a table type.
 */
final class TableArguments {
  private TableArguments() {}

  static BoundExpr bind(Expr a, UserType type, ExpressionBinder exprs) {
    if (a instanceof VariableRef v) {
      return new TableVariableArgument(v.name());
    }
    throw SqlErrors.OPERAND_TYPE_CLASH.raise(SqlTypes.name(exprs.value(a).type().id()), type.name());
  }

  /** An inline function reads its table parameter where it stands: the argument's variable name. */
  static String inlineText(Expr a, UserType type) {
    if (a instanceof VariableRef v) {
      return v.name();
    }
    throw SqlErrors.OPERAND_TYPE_CLASH.raise("sql_variant", type.name());
  }
}
