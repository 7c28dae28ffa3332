package dev.quern.engine.ast;

import java.util.List;

/** DROP SEQUENCE [IF EXISTS] name [, name …]. */
public record DropSequenceStatement(int line, boolean ifExists, List<List<String>> names) implements StorageStatement {
  public DropSequenceStatement {
    names = names.stream().map(List::copyOf).toList();
  }

  @Override
  public String toSql() {
    return "DROP SEQUENCE " + (ifExists ? "IF EXISTS " : "")
        + String.join(", ", names.stream().map(Names::quoteAll).toList());
  }
}
