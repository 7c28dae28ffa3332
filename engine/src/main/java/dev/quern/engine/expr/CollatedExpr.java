package dev.quern.engine.expr;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.value.Collation;
import java.util.List;

/**
 * {@code expr COLLATE name}: the operand's value under an explicit collation, which wins over any
 * column's (SQL Server's "Collation Precedence"). Never folded into a constant, so the collation
 * reaches the comparison, sort or grouping that reads it.
 */
public final class CollatedExpr extends BoundExpr {
  private final BoundExpr operand;
  private final Collation collation;

  public CollatedExpr(BoundExpr operand, Collation collation) {
    this.operand = operand;
    this.collation = collation;
  }

  public BoundExpr operand() {
    return operand;
  }

  public Collation collation() {
    return collation;
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
    return operand.eval(ctx);
  }

  @Override
  public String toSql() {
    return operand.toSql() + " COLLATE " + collation.name();
  }

  @Override
  public List<BoundExpr> operands() {
    return List.of(operand);
  }
}
