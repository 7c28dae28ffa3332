package dev.quern.engine.ast;

/**
 * A SELECT statement (returning rows, or assigning variables); {@code forClause}: its rows go out as
 * one JSON or XML text (null otherwise).
 */
public record SelectStatement(int line, QuerySpec query, ForClause forClause) implements Statement {
  public SelectStatement(int line, QuerySpec query) {
    this(line, query, null);
  }

  @Override
  public String toSql() {
    return query.toSql() + (forClause == null ? "" : forClause.toSql());
  }
}
