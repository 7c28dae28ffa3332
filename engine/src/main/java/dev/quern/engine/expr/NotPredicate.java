package dev.quern.engine.expr;

import java.util.List;

/** NOT: TRUE↔FALSE, UNKNOWN stays UNKNOWN. */
public final class NotPredicate extends Predicate {
  private final BoundExpr operand;

  public NotPredicate(BoundExpr operand) {
    this.operand = operand;
  }

  @Override
  public Object eval(EvalContext ctx) {
    Object v = operand.eval(ctx);
    return v == null ? null : !(Boolean) v;
  }

  @Override
  public String toSql() {
    return "NOT " + operand.toSql();
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
