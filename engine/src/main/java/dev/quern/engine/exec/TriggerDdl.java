package dev.quern.engine.exec;

import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.SchemaObject;
import dev.quern.catalog.meta.Trigger;
import dev.quern.engine.ast.CreateTriggerStatement;
import dev.quern.engine.ast.CreateViewStatement;
import dev.quern.engine.ast.DropTriggerStatement;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.ResolvedTable;
import java.util.List;

/**
 * CREATE/ALTER/DROP TRIGGER: a trigger is a module (see {@link ModuleDdl}) that lives in its
 * table's schema and belongs to the table: dropping the table drops it ({@link #dropOf}).
 */
final class TriggerDdl {
  private final SessionState state;

  TriggerDdl(SessionState state) {
    this.state = state;
  }

  void create(CreateTriggerStatement s) {
    if (s.parentClass() != Trigger.OBJECT) {
      new DdlTriggerDdl(state).create(s);
      return;
    }
    // An INSTEAD OF trigger may sit on a view; an AFTER trigger only on a table (8197 for a view).
    InsteadOfTriggers.Parent parent = InsteadOfTriggers.parent(state, s.table(), s.insteadOf())
        .orElseThrow(() -> SqlErrors.TRIGGER_TABLE_INVALID.raise(String.join(".", s.table())));
    String name = s.name().getLast();
    if (s.name().size() > 1 && !s.name().get(s.name().size() - 2).equalsIgnoreCase(parent.schema().name())) {
      String verb = s.mode() == CreateViewStatement.Mode.ALTER ? "alter" : "create";
      throw SqlErrors.TRIGGER_SCHEMA_DIFFERS.raise(verb, name);
    }
    int tableId = parent.id();
    if (s.insteadOf()) {
      InsteadOfTriggers.checkCreate(state, parent, s, name);
    }
    new ModuleDdl(state).create(
        List.of(parent.schema().name(), name), s.mode(),
        o -> o instanceof Trigger t && t.parentId() == tableId,
        // ALTER enables a disabled trigger, as in SQL Server.
        (id, schema, stored) -> new Trigger(id, schema, name, s.definition(), tableId, s.events(), false, s.insteadOf()));
  }

  void drop(DropTriggerStatement d) {
    if (d.parentClass() != Trigger.OBJECT) {
      new DdlTriggerDdl(state).drop(d);
      return;
    }
    // Without ON DATABASE | ALL SERVER, DROP TRIGGER names a DML trigger: not a DDL one (3701).
    new ModuleDdl(state).drop(d.names(), d.ifExists(), o -> o instanceof Trigger t && !t.ddl(), "trigger");
  }

  /** ENABLE/DISABLE TRIGGER: the named triggers of the table or view (all of them for ALL). */
  void enable(dev.quern.engine.ast.EnableTriggerStatement s) {
    if (s.parentClass() != Trigger.OBJECT) {
      new DdlTriggerDdl(state).enable(s);
      return;
    }
    InsteadOfTriggers.Parent table = InsteadOfTriggers.parent(state, s.table(), true)
        .orElseThrow(() -> SqlErrors.TRIGGER_OBJECT_NOT_FOUND.raise(String.join(".", s.table())));
    Catalog catalog = table.catalog();
    List<Trigger> all = state.store().metadata(catalog).triggers(table.id());
    List<Trigger> chosen = new java.util.ArrayList<>();
    if (s.names().isEmpty()) {
      chosen.addAll(all);
    }
    for (List<String> name : s.names()) {
      boolean schemaMatches = name.size() < 2 || name.get(name.size() - 2).equalsIgnoreCase(table.schema().name());
      chosen.add(all.stream()
          .filter(t -> schemaMatches && t.name().equalsIgnoreCase(name.getLast()))
          .findFirst()
          .orElseThrow(() -> SqlErrors.TRIGGER_OBJECT_NOT_FOUND.raise(name.getLast())));
    }
    for (Trigger t : chosen) {
      catalog.alterObject(state.store().txn(catalog), t.withDisabled(!s.enable()));
    }
    state.store().markDdl();
  }

  /** Drops the triggers of a table about to be dropped (they are in its schema). */
  static void dropOf(SessionState state, ResolvedTable table) {
    dropOf(state, table.catalog(), table.schema().id(), table.table().id());
  }

  /** Drops the triggers of table or view {@code parentId} (in schema {@code schemaId}) about to be dropped. */
  static void dropOf(SessionState state, Catalog catalog, int schemaId, int parentId) {
    for (SchemaObject o : state.store().metadata(catalog).objects(schemaId)) {
      if (o instanceof Trigger t && t.parentId() == parentId) {
        catalog.dropObject(state.store().txn(catalog), t.id());
      }
    }
  }
}
