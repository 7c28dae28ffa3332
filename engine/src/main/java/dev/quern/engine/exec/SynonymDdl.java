package dev.quern.engine.exec;

import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.Synonym;
import dev.quern.engine.ast.CreateSynonymStatement;
import dev.quern.engine.ast.DropSynonymStatement;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.ObjectNames;
import java.util.stream.Collectors;

/**
 * CREATE SYNONYM and DROP SYNONYM ("CREATE SYNONYM (Transact-SQL)"): the synonym takes a name of
 * the schema's objects (2714 when taken); its target is only looked up when a statement uses it.
 */
final class SynonymDdl {
  private final SessionState state;

  SynonymDdl(SessionState state) {
    this.state = state;
  }

  void create(CreateSynonymStatement s) {
    ObjectNames.Target target =
        ObjectNames.creationTarget(state.store(), state.databaseName(), s.name())
            .orElseThrow(() -> SqlErrors.INVALID_SCHEMA.raise(s.name().size() > 1 ? s.name().get(s.name().size() - 2) : "dbo"));
    Catalog catalog = target.catalog();
    if (state.store().metadata(catalog).nameTaken(target.schema().id(), target.name())) {
      throw SqlErrors.OBJECT_EXISTS.raise(target.name());
    }
    // sys.synonyms shows each part bracketed, as written (no default schema filled in).
    String base = s.base().stream().map(p -> "[" + p.replace("]", "]]") + "]").collect(Collectors.joining("."));
    catalog.createObject(state.store().txn(catalog), new Synonym(catalog.newObjectId(), target.schema().id(), target.name(), base));
    state.store().markDdl();
  }

  void drop(DropSynonymStatement d) {
    var found = ObjectNames.object(state.store(), state.databaseName(), d.name());
    if (found.isEmpty() || !(found.get().object() instanceof Synonym synonym)) {
      if (d.ifExists()) {
        return;
      }
      throw SqlErrors.CANNOT_DROP.raise("synonym", String.join(".", d.name()));
    }
    Catalog catalog = found.get().target().catalog();
    catalog.dropObject(state.store().txn(catalog), synonym.id());
    state.store().markDdl();
  }
}
