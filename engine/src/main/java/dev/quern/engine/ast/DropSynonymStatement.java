package dev.quern.engine.ast;

import java.util.List;

/** {@code DROP SYNONYM [IF EXISTS] [schema.]name}. */
public record DropSynonymStatement(int line, boolean ifExists, List<String> name) implements StorageStatement {
  public DropSynonymStatement {
    name = List.copyOf(name);
  }

  @Override
  public String toSql() {
    return "DROP SYNONYM " + (ifExists ? "IF EXISTS " : "") + Names.quoteAll(name);
  }
}
