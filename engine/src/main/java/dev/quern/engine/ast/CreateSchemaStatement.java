package dev.quern.engine.ast;

/** CREATE SCHEMA name [AUTHORIZATION owner]. */
public record CreateSchemaStatement(int line, String name) implements StorageStatement {
  @Override
  public String toSql() {
    return "CREATE SCHEMA " + Names.quote(name);
  }
}
