package dev.quern.engine.ast;

import java.util.List;

/** ENABLE|DISABLE TRIGGER {name [, …] | ALL} ON table: {@code names} is empty for ALL. */
public record EnableTriggerStatement(int line, boolean enable, List<List<String>> names, List<String> table)
    implements StorageStatement {
  public EnableTriggerStatement {
    names = names.stream().map(List::copyOf).toList();
    table = List.copyOf(table);
  }

  @Override
  public String toSql() {
    return (enable ? "ENABLE" : "DISABLE") + " TRIGGER "
        + (names.isEmpty() ? "ALL" : String.join(", ", names.stream().map(Names::quoteAll).toList()))
        + " ON " + Names.quoteAll(table);
  }
}
