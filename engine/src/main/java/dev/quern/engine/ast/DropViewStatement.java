package dev.quern.engine.ast;

import java.util.List;

/** DROP VIEW [IF EXISTS] name [, name …]. */
public record DropViewStatement(int line, boolean ifExists, List<List<String>> names) implements StorageStatement {
  public DropViewStatement {
    names = names.stream().map(List::copyOf).toList();
  }

  @Override
  public String toSql() {
    return "DROP VIEW " + (ifExists ? "IF EXISTS " : "")
        + String.join(", ", names.stream().map(Names::quoteAll).toList());
  }
}
