package dev.quern.engine.ast;

import java.util.List;

/** DROP TRIGGER [IF EXISTS] name [, name …] (DML triggers). */
public record DropTriggerStatement(int line, boolean ifExists, List<List<String>> names) implements StorageStatement {
  public DropTriggerStatement {
    names = names.stream().map(List::copyOf).toList();
  }

  @Override
  public String toSql() {
    return "DROP TRIGGER " + (ifExists ? "IF EXISTS " : "")
        + String.join(", ", names.stream().map(Names::quoteAll).toList());
  }
}
