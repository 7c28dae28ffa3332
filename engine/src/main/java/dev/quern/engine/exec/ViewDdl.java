package dev.quern.engine.exec;

import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.SchemaObject;
import dev.quern.catalog.meta.View;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.ast.CreateViewStatement;
import dev.quern.engine.ast.DropViewStatement;
import dev.quern.engine.binder.BindContext;
import dev.quern.engine.binder.QueryBinder;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.ObjectNames;
import java.util.List;
import java.util.Optional;

/**
 * CREATE/ALTER/DROP VIEW. The definition is bound once to check it (names, column names), then
 * stored as text and bound again wherever the view is used.
 */
final class ViewDdl {
  private final SessionState state;
  private final BindContext bind;

  ViewDdl(SessionState state, BindContext bind) {
    this.state = state;
    this.bind = bind;
  }

  void create(CreateViewStatement v) {
    ObjectNames.Target target =
        (v.mode() == CreateViewStatement.Mode.CREATE
            ? ObjectNames.creationTarget(state.store(), state.databaseName(), v.name())
            : ObjectNames.target(state.store(), state.databaseName(), v.name()))
            .orElseThrow(() -> SqlErrors.INVALID_SCHEMA.raise(v.name().size() > 1 ? v.name().get(v.name().size() - 2) : "dbo"));
    Catalog catalog = target.catalog();
    Optional<SchemaObject> existing = state.store().metadata(catalog).object(target.schema().id(), target.name());
    if (existing.isPresent() && v.mode() == CreateViewStatement.Mode.CREATE) {
      throw SqlErrors.OBJECT_EXISTS.raise(target.name());
    }
    if (v.mode() == CreateViewStatement.Mode.ALTER && !(existing.orElse(null) instanceof View)) {
      throw SqlErrors.INVALID_OBJECT.raise(target.name());
    }
    if (existing.isPresent() && !(existing.get() instanceof View)) {
      throw SqlErrors.OBJECT_EXISTS.raise(target.name());
    }
    List<ResultColumn> columns = new QueryBinder(bind).bindQuery(v.query()).plan().columns();
    if (!v.columns().isEmpty()) {
      if (v.columns().size() > columns.size()) {
        throw SqlErrors.VIEW_COLUMN_COUNT.raise(target.name());
      }
    } else {
      for (int i = 0; i < columns.size(); i++) {
        if (columns.get(i).name().isEmpty()) {
          throw SqlErrors.VIEW_COLUMN_UNNAMED.raise(i + 1);
        }
      }
    }
    if (existing.isPresent()) {
      dev.quern.engine.sys.SchemaBinding.checkUnreferenced(state, existing.get(), "ALTER", String.join(".", v.name()));
    }
    int id = existing.map(SchemaObject::id).orElseGet(catalog::newObjectId);
    View view = new View(id, target.schema().id(), target.name(), v.definition());
    if (existing.isPresent()) {
      // ALTER VIEW drops the view's indexes, as in SQL Server.
      dev.quern.engine.indexedview.IndexedViewDdl.dropRows(state, catalog, (View) existing.get());
      catalog.alterObject(state.store().txn(catalog), view);
    } else {
      catalog.createObject(state.store().txn(catalog), view);
    }
    state.store().markDdl();
    dev.quern.engine.sys.SchemaBinding.checkCreated(state, view);
  }

  void drop(DropViewStatement d) {
    for (List<String> name : d.names()) {
      var found = ObjectNames.object(state.store(), state.databaseName(), name);
      if (found.isEmpty() || !(found.get().object() instanceof View view)) {
        if (d.ifExists()) {
          continue;
        }
        throw SqlErrors.CANNOT_DROP.raise("view", String.join(".", name));
      }
      dev.quern.engine.sys.SchemaBinding.checkUnreferenced(state, view, "DROP VIEW", String.join(".", name));
      Catalog catalog = found.get().target().catalog();
      TriggerDdl.dropOf(state, catalog, view.schemaId(), view.id());
      dev.quern.engine.indexedview.IndexedViewDdl.dropRows(state, catalog, view);
      catalog.dropObject(state.store().txn(catalog), view.id());
      state.store().markDdl();
    }
  }
}
