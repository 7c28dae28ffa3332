package dev.quern.engine.ast;

/** {@code a AND b} or {@code a OR b}. */
public record LogicalExpr(boolean and, Expr left, Expr right) implements Expr {
  @Override
  public String toSql() {
    return left.toSql() + (and ? " AND " : " OR ") + right.toSql();
  }
}
