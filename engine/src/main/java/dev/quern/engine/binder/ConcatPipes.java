package dev.quern.engine.binder;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.catalog.value.Arithmetic;
import dev.quern.catalog.value.SqlValueException;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.expr.ArithmeticExpr;
import dev.quern.engine.expr.BoundExpr;
import dev.quern.engine.expr.Constant;

/**
 * SQL Server 2025's {@code left || right} (and {@code @v ||= value}): string {@code +} over
 * character and binary strings only (not text, ntext, image, xml or json), typed as {@code +}
 * types them, and NULL when either side is, whatever CONCAT_NULL_YIELDS_NULL says. Other operand
 * types are refused while compiling with 402 naming the operator {@code ||} (SQL Server's own
 * message for this case is undocumented).
 */
final class ConcatPipes {
  private ConcatPipes() {}

  static BoundExpr bind(BoundExpr left, BoundExpr right) {
    boolean leftNull = ExpressionBinder.isUntypedNull(left);
    boolean rightNull = ExpressionBinder.isUntypedNull(right);
    if (leftNull && !rightNull) {
      left = new Constant(null, right.type(), "NULL");
    } else if (rightNull && !leftNull) {
      right = new Constant(null, left.type(), "NULL");
    } else if (leftNull) {
      left = new Constant(null, SqlType.ofLength(TypeId.VARCHAR, 1), "NULL");
      right = new Constant(null, SqlType.ofLength(TypeId.VARCHAR, 1), "NULL");
    }
    if (!concatenable(left.type()) || !concatenable(right.type())) {
      throw SqlErrors.INVALID_OPERATOR_TYPES.raise(
          SqlTypes.name(left.type().id()), SqlTypes.name(right.type().id()), "||");
    }
    SqlType type;
    try {
      type = Arithmetic.resultType('+', left.type(), right.type());
    } catch (SqlValueException ex) {
      throw ExpressionBinder.compileError(ex);
    }
    return ArithmeticExpr.pipes(left, right, type);
  }

  private static boolean concatenable(SqlType t) {
    TypeId id = t.id();
    return id == TypeId.CHAR || id == TypeId.VARCHAR || id == TypeId.NCHAR || id == TypeId.NVARCHAR
        || id == TypeId.BINARY || id == TypeId.VARBINARY;
  }
}
