package dev.quern.engine.expr;

import java.util.List;

/** {@code x IS [NOT] NULL}: never UNKNOWN. */
public final class IsNullPredicate extends Predicate {
  private final BoundExpr operand;
  private final boolean not;

  public IsNullPredicate(BoundExpr operand, boolean not) {
    this.operand = operand;
    this.not = not;
  }

  public BoundExpr operand() {
    return operand;
  }

  public boolean not() {
    return not;
  }

  @Override
  public boolean nullable() {
    return false;
  }

  @Override
  public Object eval(EvalContext ctx) {
    return (operand.eval(ctx) == null) != not;
  }

  @Override
  public String toSql() {
    return operand.toSql() + (not ? " IS NOT NULL" : " IS NULL");
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
