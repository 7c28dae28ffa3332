package dev.quern.engine.expr;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.value.Arithmetic;
import dev.quern.catalog.value.SqlValueException;
import java.util.List;

/** Unary minus or bitwise NOT ({@code -x}, {@code ~x}); unary plus binds to its operand. */
public final class UnaryExpr extends BoundExpr {
  private final char op;
  private final BoundExpr operand;

  public UnaryExpr(char op, BoundExpr operand) {
    this.op = op;
    this.operand = operand;
  }

  @Override
  public SqlType type() {
    return operand.type();
  }

  @Override
  public boolean nullable() {
    return operand.nullable();
  }

  @Override
  public Object eval(EvalContext ctx) {
    Object v = operand.eval(ctx);
    if (v == null) {
      return null;
    }
    try {
      return op == '-' ? Arithmetic.negate(v, operand.type()) : Arithmetic.bitwiseNot(v, operand.type());
    } catch (SqlValueException e) {
      throw ValueErrors.toSql(e);
    }
  }

  @Override
  public String toSql() {
    return op + operand.toSql();
  }

  @Override
  public boolean isConstant() {
    return operand.isConstant();
  }

  @Override
  public List<BoundExpr> operands() {
    return List.of(operand);
  }
}
