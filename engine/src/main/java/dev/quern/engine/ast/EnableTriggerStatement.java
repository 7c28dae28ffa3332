package dev.quern.engine.ast;

import java.util.List;

/**
 * ENABLE|DISABLE TRIGGER {name [, …] | ALL} ON {table | DATABASE | ALL SERVER}: {@code names} is
 * empty for ALL, {@code table} for DATABASE and ALL SERVER ({@code parentClass} as sys.triggers').
 */
public record EnableTriggerStatement(
    int line, boolean enable, List<List<String>> names, List<String> table, int parentClass)
    implements StorageStatement {
  public EnableTriggerStatement {
    names = names.stream().map(List::copyOf).toList();
    table = List.copyOf(table);
  }

  @Override
  public String toSql() {
    return (enable ? "ENABLE" : "DISABLE") + " TRIGGER "
        + (names.isEmpty() ? "ALL" : String.join(", ", names.stream().map(Names::quoteAll).toList()))
        + (table.isEmpty() ? TriggerScopes.onClause(parentClass) : " ON " + Names.quoteAll(table));
  }
}
