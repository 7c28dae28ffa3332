package dev.quern.engine.ast;

/** CREATE SCHEMA name [AUTHORIZATION owner]; {@code owner} null for the creating user's database's dbo. */
public record CreateSchemaStatement(int line, String name, String owner) implements StorageStatement {
  @Override
  public String toSql() {
    return "CREATE SCHEMA " + Names.quote(name) + (owner == null ? "" : " AUTHORIZATION " + Names.quote(owner));
  }
}
