package dev.quern.engine.ast;

/** A scalar subquery {@code (SELECT …)}; with {@code forClause}, its rows as one JSON or XML text. */
public record SubqueryExpr(QuerySpec query, ForClause forClause) implements Expr {
  public SubqueryExpr(QuerySpec query) {
    this(query, null);
  }

  @Override
  public String toSql() {
    return "(" + query.toSql() + (forClause == null ? "" : forClause.toSql()) + ")";
  }
}
