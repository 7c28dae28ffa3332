package dev.quern.engine.ast;

/** CREATE DATABASE name [COLLATE collation]: {@code collation} null for the server's. */
public record CreateDatabaseStatement(int line, String name, String collation) implements StorageStatement {
  @Override
  public String toSql() {
    return "CREATE DATABASE " + Names.quote(name) + (collation == null ? "" : " COLLATE " + collation);
  }
}
