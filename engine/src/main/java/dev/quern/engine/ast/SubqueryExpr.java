package dev.quern.engine.ast;

/** A scalar subquery {@code (SELECT …)}; with {@code forJson}, its rows as one JSON text. */
public record SubqueryExpr(QuerySpec query, ForJson forJson) implements Expr {
  public SubqueryExpr(QuerySpec query) {
    this(query, null);
  }

  @Override
  public String toSql() {
    return "(" + query.toSql() + (forJson == null ? "" : forJson.toSql()) + ")";
  }
}
