package dev.quern.engine.session;

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
    Schema schema = s.store().metadata(s.store().storage().catalog(databaseId)).schema(o.schemaId())
        .orElse(new Schema(o.schemaId(), databaseId, "dbo"));
    return new SessionSecurity.Module(schema.databaseId(), schema.name(), schema.principalId());
  }

  /** A procedure or trigger: always in a user database's catalog (tempdb's modules are #procedures). */
  public static SessionSecurity.Module of(SessionState s, SchemaObject o) {
    int db = s.store().metadata(s.store().storage().main()).schema(o.schemaId()).isPresent()
        ? s.databaseId() : Storage.TEMPDB_ID;
    return of(s, db, o);
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
