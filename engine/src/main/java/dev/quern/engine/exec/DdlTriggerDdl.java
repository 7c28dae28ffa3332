package dev.quern.engine.exec;

import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.Trigger;
import dev.quern.engine.ast.CreateTriggerStatement;
import dev.quern.engine.ast.DropTriggerStatement;
import dev.quern.engine.ast.EnableTriggerStatement;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.ObjectNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * CREATE/ALTER/DROP and ENABLE/DISABLE of DDL triggers ("DDL Triggers"): one ON DATABASE is kept
 * in the current database, one ON ALL SERVER in master, both under the database's dbo schema with
 * parent id 0, so they are stored, versioned and rolled back as any module is; their names share
 * dbo's namespace there (2714 for one taken). DROP of one missing is 3701; ENABLE or DISABLE of
 * one missing 1088.
 */
final class DdlTriggerDdl {
  private final SessionState state;

  DdlTriggerDdl(SessionState state) {
    this.state = state;
  }

  void create(CreateTriggerStatement s) {
    String name = s.name().getLast();
    int parentClass = s.parentClass();
    new ModuleDdl(state).create(
        List.of(database(parentClass), "dbo", name), s.mode(),
        o -> o instanceof Trigger t && t.parentClass() == parentClass,
        // ALTER enables a disabled trigger, as it does a DML trigger.
        (id, schema, stored) -> new Trigger(id, schema, name, s.definition(), 0, s.events(), false, false, parentClass));
  }

  void drop(DropTriggerStatement d) {
    for (List<String> name : d.names()) {
      Optional<Located> found = find(d.parentClass(), name.getLast());
      if (found.isEmpty()) {
        if (d.ifExists()) {
          continue;
        }
        throw SqlErrors.CANNOT_DROP.raise("trigger", String.join(".", name));
      }
      Catalog catalog = found.get().catalog();
      catalog.dropObject(state.store().txn(catalog), found.get().trigger().id());
      state.store().markDdl();
    }
  }

  void enable(EnableTriggerStatement s) {
    List<Located> chosen = new ArrayList<>();
    if (s.names().isEmpty()) {
      ObjectNames.Target target = target(s.parentClass());
      state.store().metadata(target.catalog()).ddlTriggers(target.database().id(), s.parentClass())
          .forEach(t -> chosen.add(new Located(target.catalog(), t)));
    }
    for (List<String> name : s.names()) {
      chosen.add(find(s.parentClass(), name.getLast())
          .orElseThrow(() -> SqlErrors.TRIGGER_OBJECT_NOT_FOUND.raise(name.getLast())));
    }
    for (Located l : chosen) {
      l.catalog().alterObject(state.store().txn(l.catalog()), l.trigger().withDisabled(!s.enable()));
    }
    state.store().markDdl();
  }

  private record Located(Catalog catalog, Trigger trigger) {}

  private Optional<Located> find(int parentClass, String name) {
    ObjectNames.Target target = target(parentClass);
    return state.store().metadata(target.catalog()).object(target.schema().id(), name)
        .filter(o -> o instanceof Trigger t && t.parentClass() == parentClass)
        .map(o -> new Located(target.catalog(), (Trigger) o));
  }

  /** Where triggers of {@code parentClass} are kept: dbo of the current database, or of master. */
  private ObjectNames.Target target(int parentClass) {
    return ObjectNames.target(state.store(), state.databaseName(), List.of(database(parentClass), "dbo", ""))
        .orElseThrow();
  }

  private String database(int parentClass) {
    return parentClass == Trigger.SERVER ? "master" : state.databaseName();
  }
}
