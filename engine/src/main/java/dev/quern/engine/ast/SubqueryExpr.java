package dev.quern.engine.ast;

/** A scalar subquery {@code (SELECT …)}. */
public record SubqueryExpr(QuerySpec query) implements Expr {
  @Override
  public String toSql() {
    return "(" + query.toSql() + ")";
  }
}
