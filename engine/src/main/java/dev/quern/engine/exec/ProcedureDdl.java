package dev.quern.engine.exec;

import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.Procedure;
import dev.quern.catalog.meta.SchemaObject;
import dev.quern.engine.ast.CreateProcedureStatement;
import dev.quern.engine.ast.CreateViewStatement;
import dev.quern.engine.ast.DropProcedureStatement;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.ObjectNames;
import java.util.List;
import java.util.Optional;

/**
 * CREATE/ALTER/DROP PROCEDURE. The definition is stored as text; names in its body are resolved
 * when it runs (SQL Server's deferred name resolution), its syntax was checked when parsed.
 */
final class ProcedureDdl {
  private final SessionState state;

  ProcedureDdl(SessionState state) {
    this.state = state;
  }

  void create(CreateProcedureStatement p) {
    ObjectNames.Target target =
        ObjectNames.target(state.store(), state.databaseName(), p.name())
            .orElseThrow(() -> SqlErrors.INVALID_SCHEMA.raise(p.name().size() > 1 ? p.name().get(p.name().size() - 2) : "dbo"));
    Catalog catalog = target.catalog();
    Optional<SchemaObject> existing = state.store().metadata(catalog).object(target.schema().id(), target.name());
    if (existing.isPresent() && p.mode() == CreateViewStatement.Mode.CREATE) {
      throw SqlErrors.OBJECT_EXISTS.raise(target.name());
    }
    if (p.mode() == CreateViewStatement.Mode.ALTER && !(existing.orElse(null) instanceof Procedure)) {
      throw SqlErrors.INVALID_OBJECT.raise(target.name());
    }
    if (existing.isPresent() && !(existing.get() instanceof Procedure)) {
      throw SqlErrors.OBJECT_EXISTS.raise(target.name());
    }
    int id = existing.map(SchemaObject::id).orElseGet(catalog::newObjectId);
    Procedure proc = new Procedure(id, target.schema().id(), target.name(), p.definition());
    if (existing.isPresent()) {
      catalog.alterObject(state.store().txn(catalog), proc);
    } else {
      catalog.createObject(state.store().txn(catalog), proc);
    }
    state.store().markDdl();
  }

  void drop(DropProcedureStatement d) {
    for (List<String> name : d.names()) {
      var found = ObjectNames.object(state.store(), state.databaseName(), name);
      if (found.isEmpty() || !(found.get().object() instanceof Procedure proc)) {
        if (d.ifExists()) {
          continue;
        }
        throw SqlErrors.CANNOT_DROP.raise("procedure", String.join(".", name));
      }
      Catalog catalog = found.get().target().catalog();
      catalog.dropObject(state.store().txn(catalog), proc.id());
      state.store().markDdl();
    }
  }
}
