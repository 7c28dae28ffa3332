package dev.quern.engine.ast;

/** A SELECT statement (returning rows, or assigning variables). */
public record SelectStatement(int line, QuerySpec query) implements Statement {
  @Override
  public String toSql() {
    return query.toSql();
  }
}
