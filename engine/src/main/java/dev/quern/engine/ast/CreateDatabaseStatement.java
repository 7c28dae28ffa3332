package dev.quern.engine.ast;

/** CREATE DATABASE name. */
public record CreateDatabaseStatement(int line, String name) implements StorageStatement {
  @Override
  public String toSql() {
    return "CREATE DATABASE " + Names.quote(name);
  }
}
