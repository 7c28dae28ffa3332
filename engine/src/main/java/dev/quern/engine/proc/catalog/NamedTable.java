package dev.quern.engine.proc.catalog;

import dev.quern.catalog.meta.Schema;
import dev.quern.engine.session.SessionState;
import java.util.Optional;

/**
 * The one object a catalog procedure names by exact name and optional owner (sp_special_columns,
 * sp_column_privileges): with an owner, the object of that schema; without one, the caller's
 * default schema's object of that name, else dbo's, as the procedures' documentation says.
 */
final class NamedTable {
  private NamedTable() {}

  static Optional<CatalogScope.Entry> find(SessionState session, CatalogScope scope, String name, String owner) {
    if (name == null) {
      return Optional.empty();
    }
    if (owner != null) {
      return in(session, scope, owner, name);
    }
    return in(session, scope, session.defaultSchema(), name).or(() -> in(session, scope, "dbo", name));
  }

  private static Optional<CatalogScope.Entry> in(SessionState session, CatalogScope scope, String schema, String name) {
    Optional<Schema> s = scope.metadata().schema(session.databaseId(), schema);
    return s.flatMap(x -> scope.metadata().object(x.id(), name).map(o -> new CatalogScope.Entry(x, o)));
  }
}
