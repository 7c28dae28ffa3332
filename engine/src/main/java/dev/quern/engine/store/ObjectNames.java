package dev.quern.engine.store;

import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.Database;
import dev.quern.catalog.meta.Metadata;
import dev.quern.catalog.meta.Schema;
import dev.quern.catalog.meta.Table;
import java.util.List;
import java.util.Optional;

/**
 * Resolves {@code [database.][schema.]name} against the running statement's metadata: the
 * session's database and {@code dbo} by default; {@code #name} in tempdb, under a name private to
 * the session ({@code ##name} is shared by all sessions).
 */
public final class ObjectNames {
  /** Where a name points: database and schema found, the object name still to look up. */
  public record Target(Catalog catalog, Database database, Schema schema, String name) {}

  private ObjectNames() {}

  /** The database, schema and name {@code parts} designate; empty when either does not exist. */
  public static Optional<Target> target(StoreSession session, String currentDatabase, List<String> parts) {
    String name = parts.getLast();
    String schemaName = parts.size() >= 2 && !parts.get(parts.size() - 2).isEmpty() ? parts.get(parts.size() - 2) : "dbo";
    String dbName = parts.size() >= 3 ? parts.get(parts.size() - 3) : currentDatabase;
    if (name.startsWith("#")) {
      dbName = "tempdb";
      schemaName = "dbo";
      name = session.tempName(name);
    }
    Storage storage = session.storage();
    Optional<Database> db = session.metadata(storage.main()).database(dbName);
    if (db.isEmpty()) {
      return Optional.empty();
    }
    Catalog catalog = storage.catalog(db.get().id());
    Metadata md = session.metadata(catalog);
    Optional<Schema> schema = md.schema(db.get().id(), schemaName);
    String stored = name;
    return schema.map(s -> new Target(catalog, db.get(), s, stored));
  }

  /** The schema object (table, view, sequence) {@code parts} names, with where it lives. */
  public static Optional<Found> object(StoreSession session, String currentDatabase, List<String> parts) {
    return target(session, currentDatabase, parts)
        .flatMap(t -> session.metadata(t.catalog()).object(t.schema().id(), t.name()).map(o -> new Found(t, o)));
  }

  /** An object found by name. */
  public record Found(Target target, dev.quern.catalog.meta.SchemaObject object) {}

  /** The table {@code parts} names, if it exists. */
  public static Optional<ResolvedTable> table(StoreSession session, String currentDatabase, List<String> parts) {
    return target(session, currentDatabase, parts)
        .flatMap(
            t -> {
              Optional<Table> table = session.metadata(t.catalog()).table(t.schema().id(), t.name());
              return table.map(tb -> new ResolvedTable(t.catalog(), t.database(), t.schema(), tb));
            });
  }
}
