package dev.quern.engine.exec;

import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.Schema;
import dev.quern.catalog.meta.Trigger;
import dev.quern.catalog.meta.View;
import dev.quern.engine.ast.CreateTriggerStatement;
import dev.quern.engine.ast.CreateViewStatement;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.ObjectNames;
import java.util.List;
import java.util.Optional;

/**
 * The rules of INSTEAD OF triggers: what they may sit on (a table, or a view, where AFTER triggers
 * may not), at most one per statement kind on an object (2111), and which one a statement runs
 * instead of itself: none while that trigger is running, so that its own statement against the
 * object does what the statement says (and fires the AFTER triggers) rather than recurse.
 */
final class InsteadOfTriggers {
  private InsteadOfTriggers() {}

  /** What a trigger is created on: a user table, or a view for an INSTEAD OF trigger. */
  record Parent(Catalog catalog, Schema schema, int id, String name, boolean view) {}

  static Optional<Parent> parent(SessionState state, List<String> name, boolean insteadOf) {
    var table = ObjectNames.table(state.store(), state.databaseName(), name)
        .filter(t -> !t.table().name().startsWith("#"));
    if (table.isPresent()) {
      var t = table.get();
      return Optional.of(new Parent(t.catalog(), t.schema(), t.table().id(), t.table().name(), false));
    }
    if (!insteadOf || name.getLast().startsWith("#")) {
      return Optional.empty();
    }
    return ObjectNames.object(state.store(), state.databaseName(), name)
        .filter(f -> f.object() instanceof View)
        .map(f -> new Parent(f.target().catalog(), f.target().schema(), f.object().id(), f.object().name(), true));
  }

  /**
   * 2111: another INSTEAD OF trigger of the object already fires on one of the statement's events;
   * 2113: an INSTEAD OF DELETE or UPDATE trigger on a table whose foreign key cascades that action.
   */
  static void checkCreate(SessionState state, Parent parent, CreateTriggerStatement s, String name) {
    String verb = s.mode() == CreateViewStatement.Mode.ALTER ? "alter" : "create";
    var table = parent.view() ? Optional.<dev.quern.catalog.meta.Table>empty()
        : state.store().metadata(parent.catalog()).table(parent.id());
    if (table.isPresent()) {
      for (var c : table.get().constraints()) {
        if (c instanceof dev.quern.catalog.meta.Constraint.ForeignKey fk
            && (s.events().contains("DELETE") && fk.onDelete() != dev.quern.catalog.meta.FkAction.NO_ACTION
                || s.events().contains("UPDATE") && fk.onUpdate() != dev.quern.catalog.meta.FkAction.NO_ACTION)) {
          throw SqlErrors.INSTEAD_OF_ON_CASCADE.raise(verb, name, String.join(".", s.table()));
        }
      }
    }
    for (Trigger other : state.store().metadata(parent.catalog()).triggers(parent.id())) {
      if (!other.insteadOf() || other.name().equalsIgnoreCase(name)) {
        continue; // ALTER of the trigger itself replaces it
      }
      for (String event : List.of("INSERT", "UPDATE", "DELETE")) {
        if (s.events().contains(event) && other.firesOn(event)) {
          throw SqlErrors.INSTEAD_OF_EXISTS.raise(
              verb, name, parent.view() ? "view" : "table", String.join(".", s.table()), event);
        }
      }
    }
  }

  /** The INSTEAD OF trigger a statement on object {@code objectId} runs in its place, or null. */
  static Trigger of(SessionState state, Catalog catalog, int objectId, String event) {
    return dev.quern.engine.session.InsteadOfTrigger.of(state, catalog, objectId, event);
  }
}
