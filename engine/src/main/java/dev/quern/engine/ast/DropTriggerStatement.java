package dev.quern.engine.ast;

import java.util.List;

/**
 * DROP TRIGGER [IF EXISTS] name [, name …] [ON DATABASE | ALL SERVER]: DML triggers, or DDL ones
 * of {@code parentClass} (sys.triggers.parent_class).
 */
public record DropTriggerStatement(int line, boolean ifExists, List<List<String>> names, int parentClass)
    implements StorageStatement {
  public DropTriggerStatement {
    names = names.stream().map(List::copyOf).toList();
  }

  @Override
  public String toSql() {
    return "DROP TRIGGER " + (ifExists ? "IF EXISTS " : "")
        + String.join(", ", names.stream().map(Names::quoteAll).toList()) + TriggerScopes.onClause(parentClass);
  }
}
