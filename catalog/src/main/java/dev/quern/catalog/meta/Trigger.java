package dev.quern.catalog.meta;

import java.util.Set;

/**
 * A DML trigger (sys.objects type TR): the text of its CREATE TRIGGER statement, parsed and
 * compiled by the engine when it fires, the table it belongs to ({@code parentId}, in the same
 * schema) and the statements that fire it (INSERT, UPDATE, DELETE), kept here so a statement finds
 * its triggers without parsing every definition. A disabled trigger (DISABLE TRIGGER) does not fire.
 * An INSTEAD OF trigger ({@code insteadOf}) runs in place of the statement, on a table or a view
 * ({@code parentId}); an AFTER trigger runs once the statement has changed a table.
 */
public record Trigger(
    int id, int schemaId, String name, String definition, int parentId, Set<String> events, boolean disabled,
    boolean insteadOf)
    implements SchemaObject {
  public Trigger {
    events = Set.copyOf(events);
  }

  /** An AFTER trigger. */
  public Trigger(int id, int schemaId, String name, String definition, int parentId, Set<String> events, boolean disabled) {
    this(id, schemaId, name, definition, parentId, events, disabled, false);
  }

  @Override
  public String typeCode() {
    return "TR";
  }

  public boolean firesOn(String event) {
    return events.contains(event);
  }

  public Trigger renamed(String newName) {
    return new Trigger(id, schemaId, newName, definition, parentId, events, disabled, insteadOf);
  }

  public Trigger withDisabled(boolean disabled) {
    return new Trigger(id, schemaId, name, definition, parentId, events, disabled, insteadOf);
  }
}
