package dev.quern.engine.ast;

/** {@code USE database}. */
public record UseStatement(int line, String database) implements Statement {
  @Override
  public String toSql() {
    return "USE " + Names.quote(database);
  }
}
