package dev.quern.engine.ast;

import java.util.List;

/** {@code CREATE SYNONYM [schema.]name FOR [db.][schema.]object}. */
public record CreateSynonymStatement(int line, List<String> name, List<String> base) implements StorageStatement {
  public CreateSynonymStatement {
    name = List.copyOf(name);
    base = List.copyOf(base);
  }

  @Override
  public String toSql() {
    return "CREATE SYNONYM " + Names.quoteAll(name) + " FOR " + Names.quoteAll(base);
  }
}
