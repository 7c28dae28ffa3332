package dev.quern.engine.ast;

/** {@code EXISTS (SELECT …)}. */
public record ExistsExpr(QuerySpec query) implements Expr {
  @Override
  public String toSql() {
    return "EXISTS (" + query.toSql() + ")";
  }
}
