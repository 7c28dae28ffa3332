package dev.quern.engine.ast;

import java.util.List;

/** DROP TABLE [IF EXISTS] name [, name …]. */
public record DropTableStatement(int line, boolean ifExists, List<List<String>> names)
    implements StorageStatement {
  public DropTableStatement {
    names = names.stream().map(List::copyOf).toList();
  }

  @Override
  public String toSql() {
    return "DROP TABLE " + (ifExists ? "IF EXISTS " : "")
        + String.join(", ", names.stream().map(Names::quoteAll).toList());
  }
}
