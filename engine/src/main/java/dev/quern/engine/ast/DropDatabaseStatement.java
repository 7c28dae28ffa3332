package dev.quern.engine.ast;

/** DROP DATABASE [IF EXISTS] name. */
public record DropDatabaseStatement(int line, boolean ifExists, String name) implements StorageStatement {
  @Override
  public String toSql() {
    return "DROP DATABASE " + (ifExists ? "IF EXISTS " : "") + Names.quote(name);
  }
}
