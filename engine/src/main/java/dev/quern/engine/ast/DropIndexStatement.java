package dev.quern.engine.ast;

import java.util.List;

/** DROP INDEX [IF EXISTS] name ON table. */
public record DropIndexStatement(int line, boolean ifExists, String name, List<String> table)
    implements StorageStatement {
  public DropIndexStatement {
    table = List.copyOf(table);
  }

  @Override
  public String toSql() {
    return "DROP INDEX " + (ifExists ? "IF EXISTS " : "") + Names.quote(name) + " ON " + Names.quoteAll(table);
  }
}
