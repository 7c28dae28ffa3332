package dev.quern.engine.ast;

/**
 * A SELECT statement (returning rows, or assigning variables); {@code forJson}: its rows go out as
 * JSON text (null otherwise).
 */
public record SelectStatement(int line, QuerySpec query, ForJson forJson) implements Statement {
  public SelectStatement(int line, QuerySpec query) {
    this(line, query, null);
  }

  @Override
  public String toSql() {
    return query.toSql() + (forJson == null ? "" : forJson.toSql());
  }
}
