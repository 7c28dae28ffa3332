package dev.quern.engine.expr;

import java.util.List;

/** AND / OR with three-valued logic; the right side is not evaluated when the left decides. */
public final class LogicalPredicate extends Predicate {
  private final boolean and;
  private final BoundExpr left;
  private final BoundExpr right;

  public LogicalPredicate(boolean and, BoundExpr left, BoundExpr right) {
    this.and = and;
    this.left = left;
    this.right = right;
  }

  /** AND (true) or OR (false). */
  public boolean isAnd() {
    return and;
  }

  public BoundExpr left() {
    return left;
  }

  public BoundExpr right() {
    return right;
  }

  @Override
  public Object eval(EvalContext ctx) {
    Object a = left.eval(ctx);
    if (and && a == Boolean.FALSE) {
      return Boolean.FALSE;
    }
    if (!and && a == Boolean.TRUE) {
      return Boolean.TRUE;
    }
    Object b = right.eval(ctx);
    if (and) {
      if (b == Boolean.FALSE) {
        return Boolean.FALSE;
      }
      return a == null || b == null ? null : Boolean.TRUE;
    }
    if (b == Boolean.TRUE) {
      return Boolean.TRUE;
    }
    return a == null || b == null ? null : Boolean.FALSE;
  }

  @Override
  public String toSql() {
    return left.toSql() + (and ? " AND " : " OR ") + right.toSql();
  }

  @Override
  public boolean isConstant() {
    return left.isConstant() && right.isConstant();
  }

  @Override
  public List<BoundExpr> operands() {
    return List.of(left, right);
  }
}
