package dev.quern.engine.ast;

import java.util.List;
import java.util.Set;

/**
 * CREATE [OR ALTER] TRIGGER / ALTER TRIGGER name ON table AFTER|FOR|INSTEAD OF events AS body, or
 * ON DATABASE | ALL SERVER FOR|AFTER DDL events AS body ({@code parentClass}: sys.triggers'
 * parent_class, {@code table} empty): the whole of its batch. {@code definition} is the text stored
 * (always beginning CREATE TRIGGER) and parsed again when the trigger fires.
 */
public record CreateTriggerStatement(
    int line, CreateViewStatement.Mode mode, List<String> name, List<String> table, Set<String> events,
    boolean insteadOf, int parentClass, String definition)
    implements StorageStatement {
  public CreateTriggerStatement {
    name = List.copyOf(name);
    table = List.copyOf(table);
    events = Set.copyOf(events);
  }

  @Override
  public String toSql() {
    return definition;
  }
}
