package dev.quern.catalog.meta;

import java.util.Set;

/**
 * A trigger: the text of its CREATE TRIGGER statement, parsed and compiled by the engine when it
 * fires, and what fires it, kept here so a statement finds its triggers without parsing every
 * definition. {@code parentClass} is sys.triggers.parent_class: {@link #OBJECT} for a DML trigger
 * on table or view {@code parentId} (in the same schema; sys.objects type TR), {@link #DATABASE}
 * for a DDL trigger ON DATABASE and {@link #SERVER} for one ON ALL SERVER (parent id 0, kept in
 * the dbo schema of their database, or of master for the server's; they are no schema objects in
 * SQL Server and sys.objects does not show them). {@code events} are INSERT, UPDATE, DELETE for a
 * DML trigger, the DDL event types and groups it names (CREATE_TABLE, DDL_TABLE_EVENTS) for a
 * DDL trigger. A disabled trigger (DISABLE TRIGGER) does not fire. An INSTEAD OF trigger
 * ({@code insteadOf}) runs in place of the statement; an AFTER trigger once it has run. {@code
 * firstFor} and {@code lastFor} are the events it fires first or last for among the object's AFTER
 * triggers (sp_settriggerorder); the others fire between them.
 */
public record Trigger(
    int id, int schemaId, String name, String definition, int parentId, Set<String> events, boolean disabled,
    boolean insteadOf, int parentClass, Set<String> firstFor, Set<String> lastFor)
    implements SchemaObject {
  /** sys.triggers.parent_class of a DDL trigger ON DATABASE. */
  public static final int DATABASE = 0;
  /** sys.triggers.parent_class of a DML trigger (on a table or view). */
  public static final int OBJECT = 1;
  /** sys.server_triggers.parent_class of a DDL trigger ON ALL SERVER. */
  public static final int SERVER = 100;

  public Trigger {
    events = Set.copyOf(events);
    firstFor = Set.copyOf(firstFor);
    lastFor = Set.copyOf(lastFor);
  }

  /** A trigger without a set order. */
  public Trigger(
      int id, int schemaId, String name, String definition, int parentId, Set<String> events, boolean disabled,
      boolean insteadOf, int parentClass) {
    this(id, schemaId, name, definition, parentId, events, disabled, insteadOf, parentClass, Set.of(), Set.of());
  }

  /** A DML trigger. */
  public Trigger(
      int id, int schemaId, String name, String definition, int parentId, Set<String> events, boolean disabled,
      boolean insteadOf) {
    this(id, schemaId, name, definition, parentId, events, disabled, insteadOf, OBJECT);
  }

  /** An AFTER trigger on a table. */
  public Trigger(int id, int schemaId, String name, String definition, int parentId, Set<String> events, boolean disabled) {
    this(id, schemaId, name, definition, parentId, events, disabled, false);
  }

  @Override
  public String typeCode() {
    return "TR";
  }

  /** A DDL trigger (ON DATABASE or ON ALL SERVER) rather than a table's or view's. */
  public boolean ddl() {
    return parentClass != OBJECT;
  }

  public boolean firesOn(String event) {
    return events.contains(event);
  }

  public Trigger renamed(String newName) {
    return new Trigger(id, schemaId, newName, definition, parentId, events, disabled, insteadOf, parentClass, firstFor,
        lastFor);
  }

  public Trigger withDisabled(boolean disabled) {
    return new Trigger(id, schemaId, name, definition, parentId, events, disabled, insteadOf, parentClass, firstFor,
        lastFor);
  }

  /** This trigger fired first ("First"), last ("Last") or in no set place ("None") for {@code event}. */
  public Trigger withOrder(String event, String order) {
    Set<String> first = new java.util.HashSet<>(firstFor);
    Set<String> last = new java.util.HashSet<>(lastFor);
    first.remove(event);
    last.remove(event);
    if (order.equals("First")) {
      first.add(event);
    } else if (order.equals("Last")) {
      last.add(event);
    }
    return new Trigger(id, schemaId, name, definition, parentId, events, disabled, insteadOf, parentClass, first, last);
  }
}
