package dev.quern.engine.session;

import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.Schema;
import dev.quern.catalog.meta.SchemaObject;
import dev.quern.engine.store.Storage;
import java.util.function.Supplier;

/**
 * Runs a module's statements (a view's query, a procedure's body, a trigger) inside it: one-part
 * names resolve in the module's schema first, then in dbo, and objects owned by the module's owner
 * (the owner of its schema) need no permission of the caller ("Ownership Chains" in the SQL Server
 * docs).
 */
public final class Modules {
  private Modules() {}

  /** The module {@code o} (a view, procedure, function or trigger of database {@code databaseId}). */
  public static SessionSecurity.Module of(SessionState s, int databaseId, SchemaObject o) {
    return of(s, s.store().storage().catalog(databaseId), databaseId, o);
  }

  private static SessionSecurity.Module of(SessionState s, Catalog catalog, int databaseId, SchemaObject o) {
    Schema schema = s.store().metadata(catalog).schema(o.schemaId()).orElse(new Schema(o.schemaId(), databaseId, "dbo"));
    return new SessionSecurity.Module(schema.databaseId(), schema.name(), schema.principalId());
  }

  /**
   * A procedure or trigger found without its database: in the main catalog when that holds this
   * very object (ids are per catalog, so tempdb's may repeat one), else in tempdb's.
   */
  public static SessionSecurity.Module of(SessionState s, SchemaObject o) {
    Catalog main = s.store().storage().main();
    return s.store().metadata(main).object(o.id()).filter(x -> x == o || x.equals(o)).isPresent()
        ? of(s, main, s.databaseId(), o)
        : of(s, Storage.TEMPDB_ID, o);
  }

  /** {@code body} run inside module {@code m}. */
  public static <T> T inside(SessionState s, SessionSecurity.Module m, Supplier<T> body) {
    s.security().enterModule(m);
    try {
      return body.get();
    } finally {
      s.security().exitModule();
    }
  }
}
