package dev.quern.engine.binder;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.catalog.value.Conversions;

/**
 * How an argument of a CLR type's method (hierarchyid, geometry, geography) meets its parameter:
 * SQL Server converts it as CAST would, so an argument only explicitly convertible still binds,
 * and one of a type that cannot convert at all is 206.
 */
final class ClrMethodArguments {
  private ClrMethodArguments() {}

  /** {@code e} converted to the parameter type {@code to}. */
  static BoundExpr converted(ExpressionBinder binder, BoundExpr e, SqlType to) {
    boolean convertible = e.type().equals(to) || ExpressionBinder.isUntypedNull(e)
        || Conversions.implicitlyConvertible(e.type(), to) || Conversions.explicitlyConvertible(e.type(), to);
    if (!convertible) {
      throw SqlErrors.OPERAND_TYPE_CLASH.raise(SqlTypes.name(e.type().id()), SqlTypes.name(to.id()));
    }
    return binder.implicit(e, to);
  }
}
