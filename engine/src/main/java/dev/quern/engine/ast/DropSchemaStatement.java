package dev.quern.engine.ast;

/** DROP SCHEMA [IF EXISTS] name. */
public record DropSchemaStatement(int line, boolean ifExists, String name) implements StorageStatement {
  @Override
  public String toSql() {
    return "DROP SCHEMA " + (ifExists ? "IF EXISTS " : "") + Names.quote(name);
  }
}
