package dev.quern.engine.ast;

/** {@code x [NOT] BETWEEN lo AND hi}. */
public record BetweenExpr(Expr operand, Expr low, Expr high, boolean not) implements Expr {
  @Override
  public String toSql() {
    return operand.toSql() + (not ? " NOT" : "") + " BETWEEN " + low.toSql() + " AND " + high.toSql();
  }
}
