package dev.quern.engine.ast;

import java.util.List;

/** TRUNCATE TABLE name. */
public record TruncateTableStatement(int line, List<String> name) implements StorageStatement {
  public TruncateTableStatement {
    name = List.copyOf(name);
  }

  @Override
  public String toSql() {
    return "TRUNCATE TABLE " + Names.quoteAll(name);
  }
}
