package dev.quern.engine.expr;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.value.Arithmetic;
import dev.quern.catalog.value.SqlValueException;
import dev.quern.catalog.type.SqlTypes;
import java.util.List;

/** A binary arithmetic, string concatenation or bitwise operation. */
public final class ArithmeticExpr extends BoundExpr {
  private final char op;
  private final BoundExpr left;
  private final BoundExpr right;
  private final SqlType type;
  private final boolean concat;
  /** {@code ||}: a concatenation that is NULL with a NULL operand whatever CONCAT_NULL_YIELDS_NULL says. */
  private final boolean pipes;

  public ArithmeticExpr(char op, BoundExpr left, BoundExpr right, SqlType type) {
    this(op, left, right, type, false);
  }

  private ArithmeticExpr(char op, BoundExpr left, BoundExpr right, SqlType type, boolean pipes) {
    this.op = op;
    this.left = left;
    this.right = right;
    this.type = type;
    this.pipes = pipes;
    this.concat = !pipes && op == '+' && SqlTypes.isCharacter(type.id());
  }

  /** SQL Server 2025's {@code left || right}: {@code +} on strings, with ANSI NULLs always. */
  public static ArithmeticExpr pipes(BoundExpr left, BoundExpr right, SqlType type) {
    return new ArithmeticExpr('+', left, right, type, true);
  }

  @Override
  public SqlType type() {
    return type;
  }

  @Override
  public boolean nullable() {
    return left.nullable() || right.nullable() || op == '/' || op == '%';
  }

  @Override
  public Object eval(EvalContext ctx) {
    Object a = left.eval(ctx);
    Object b = right.eval(ctx);
    if (concat && !ctx.concatNullYieldsNull) {
      // CONCAT_NULL_YIELDS_NULL OFF: NULL acts as the empty string, unless both are NULL.
      if (a == null && b == null) {
        return null;
      }
      a = a == null ? "" : a;
      b = b == null ? "" : b;
    } else if (a == null || b == null) {
      return null;
    }
    try {
      return Arithmetic.apply(op, a, left.type(), b, right.type());
    } catch (SqlValueException e) {
      if (ctx.arithIgnore && (e.number() == 8134 || e.number() == 8115 || e.number() == 220)) {
        return null;
      }
      throw ValueErrors.toSql(e);
    }
  }

  @Override
  public String toSql() {
    return left.toSql() + " " + (pipes ? "||" : String.valueOf(op)) + " " + right.toSql();
  }

  /** A concatenation with a NULL operand depends on CONCAT_NULL_YIELDS_NULL, so it never folds. */
  @Override
  public boolean isConstant() {
    return left.isConstant() && right.isConstant() && !(concat && (left.nullable() || right.nullable()));
  }

  @Override
  public List<BoundExpr> operands() {
    return List.of(left, right);
  }
}
