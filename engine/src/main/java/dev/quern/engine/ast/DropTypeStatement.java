package dev.quern.engine.ast;

import java.util.List;

/** {@code DROP TYPE [IF EXISTS] [schema.]name}. */
public record DropTypeStatement(int line, boolean ifExists, List<String> name) implements StorageStatement {
  public DropTypeStatement {
    name = List.copyOf(name);
  }

  @Override
  public String toSql() {
    return "DROP TYPE " + (ifExists ? "IF EXISTS " : "") + Names.quoteAll(name);
  }
}
