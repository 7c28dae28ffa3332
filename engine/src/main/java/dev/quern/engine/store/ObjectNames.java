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
 * session's database by default, and for a one-part name the session's first schema (its user's
 * default schema, or the running module's) when the name is there, else {@code dbo}; {@code #name}
 * in tempdb, under a name private to the session ({@code ##name} is shared by all sessions).
 */
public final class ObjectNames {
  /** Where a name points: database and schema found, the object name still to look up. */
  public record Target(Catalog catalog, Database database, Schema schema, String name) {}

  private ObjectNames() {}

  /**
   * The database, schema and name {@code parts} designate; empty when either does not exist. A
   * one-part name (or {@code db..name}) of the current database is looked for first in the
   * session's schema for unqualified names ({@link StoreSession#unqualifiedSchema}: the user's
   * default schema, or the running module's), then in dbo; a name found in neither designates the
   * first, where CREATE puts it.
   */
  public static Optional<Target> target(StoreSession session, String currentDatabase, List<String> parts) {
    return target(session, currentDatabase, parts, false);
  }

  /**
   * Where CREATE puts the object {@code parts} names: as {@link #target}, except that a one-part
   * name always goes to the session's first schema (the user's default schema), when it exists,
   * even if dbo has an object of that name.
   */
  public static Optional<Target> creationTarget(StoreSession session, String currentDatabase, List<String> parts) {
    return target(session, currentDatabase, parts, true);
  }

  private static Optional<Target> target(StoreSession session, String currentDatabase, List<String> parts, boolean creating) {
    String name = parts.getLast();
    boolean qualified = parts.size() >= 2 && !parts.get(parts.size() - 2).isEmpty();
    String schemaName = qualified ? parts.get(parts.size() - 2) : "dbo";
    String dbName = parts.size() >= 3 ? parts.get(parts.size() - 3) : currentDatabase;
    if (name.startsWith("#")) {
      dbName = "tempdb";
      schemaName = "dbo";
      qualified = true;
      name = session.tempName(name);
    }
    if (name.startsWith("@")) {
      // A table variable: the table its batch declared under a private name in tempdb.
      String stored = session.tableVariables().storedName(name);
      if (stored == null) {
        return Optional.empty();
      }
      dbName = "tempdb";
      schemaName = "dbo";
      qualified = true;
      name = stored;
    }
    Storage storage = session.storage();
    Optional<Database> db = session.metadata(storage.main()).database(dbName);
    if (db.isEmpty()) {
      return Optional.empty();
    }
    Catalog catalog = storage.catalog(db.get().id());
    Metadata md = session.metadata(catalog);
    String stored = name;
    if (!qualified && db.get().name().equalsIgnoreCase(currentDatabase)) {
      Optional<Schema> first = unqualified(session, md, db.get().id(), stored, creating);
      if (first.isPresent()) {
        return Optional.of(new Target(catalog, db.get(), first.get(), stored));
      }
    }
    Optional<Schema> schema = md.schema(db.get().id(), schemaName);
    if (schema.isEmpty() && creating) {
      schema = roleSchema(session, catalog, db.get().id(), schemaName);
    }
    return schema.map(s -> new Target(catalog, db.get(), s, stored));
  }

  /**
   * A fixed role's schema (db_owner …), which every database has, made in the catalog the first
   * time an object is created in it, in the creating statement's transaction.
   */
  private static Optional<Schema> roleSchema(StoreSession session, Catalog catalog, int databaseId, String name) {
    return dev.quern.catalog.meta.FixedRoleSchemas.ofName(name).map(role -> {
      Schema created = new Schema(catalog.newObjectId(), databaseId, role.getKey(), role.getValue());
      catalog.createSchema(session.txn(catalog), created);
      session.markDdl();
      return created;
    });
  }

  /**
   * The session's first schema for a one-part name, when it is not dbo, exists, and either holds
   * {@code name} (an object or a type) or dbo does not; empty means dbo.
   */
  private static Optional<Schema> unqualified(StoreSession session, Metadata md, int databaseId, String name, boolean creating) {
    String first = session.unqualifiedSchema();
    if (first.equalsIgnoreCase("dbo")) {
      return Optional.empty();
    }
    Optional<Schema> own = md.schema(databaseId, first);
    if (own.isEmpty() || creating || holds(md, own.get(), name)) {
      return own;
    }
    Optional<Schema> dbo = md.schema(databaseId, "dbo");
    return dbo.isPresent() && holds(md, dbo.get(), name) ? Optional.empty() : own;
  }

  private static boolean holds(Metadata md, Schema schema, String name) {
    return md.object(schema.id(), name).isPresent() || md.userType(schema.id(), name).isPresent();
  }

  /** The schema object (table, view, sequence) {@code parts} names, with where it lives. */
  public static Optional<Found> object(StoreSession session, String currentDatabase, List<String> parts) {
    return target(session, currentDatabase, parts)
        .flatMap(t -> session.metadata(t.catalog()).object(t.schema().id(), t.name()).map(o -> new Found(t, o)));
  }

  /**
   * OBJECT_ID: the id of the object (table, view, sequence or constraint) a possibly quoted,
   * possibly qualified name designates, optionally only of sys.objects type {@code type}.
   */
  public static Optional<Integer> objectId(StoreSession session, String currentDatabase, String name, String type) {
    List<String> parts = new java.util.ArrayList<>();
    for (String p : name.split("\\.", -1)) {
      String t = p.trim();
      if (t.length() >= 2 && (t.startsWith("[") && t.endsWith("]") || t.startsWith("\"") && t.endsWith("\""))) {
        t = t.substring(1, t.length() - 1);
      }
      parts.add(t);
    }
    if (parts.isEmpty() || parts.size() > 3 || parts.getLast().isEmpty()) {
      return Optional.empty();
    }
    if (parts.size() == 3 && parts.getFirst().isEmpty()) {
      return Optional.empty();
    }
    Optional<Target> t = target(session, currentDatabase, parts);
    if (t.isEmpty()) {
      return Optional.empty();
    }
    Metadata md = session.metadata(t.get().catalog());
    // A DDL trigger is no schema object: OBJECT_ID does not find it, as in SQL Server.
    var object = md.object(t.get().schema().id(), t.get().name())
        .filter(o -> !(o instanceof dev.quern.catalog.meta.Trigger tr && tr.ddl()));
    if (object.isPresent()) {
      boolean matches = type == null || object.get().typeCode().equalsIgnoreCase(type);
      return matches ? Optional.of(object.get().id()) : Optional.empty();
    }
    return md.constraint(t.get().schema().id(), t.get().name())
        .filter(c -> type == null || c.constraint().typeCode().equalsIgnoreCase(type))
        .map(c -> c.constraint().objectId());
  }

  /** IDENT_CURRENT of table {@code id}: the last value handed out, or the seed. */
  public static Optional<java.math.BigDecimal> identCurrent(StoreSession session, int databaseId, String name, int id) {
    Catalog catalog = name.startsWith("#") || name.toLowerCase(java.util.Locale.ROOT).startsWith("tempdb.")
        ? session.storage().catalog(Storage.TEMPDB_ID)
        : session.storage().catalog(databaseId);
    Optional<Table> table = session.metadata(catalog).table(id);
    if (table.isEmpty() || table.get().identityColumn().isEmpty()) {
      return Optional.empty();
    }
    var current = catalog.values().currentIdentity(id);
    long value = current.isPresent() ? current.getAsLong() : table.get().identityColumn().get().identity().seed();
    return Optional.of(java.math.BigDecimal.valueOf(value));
  }

  /** OBJECT_NAME: the name of the object with this id in the current database. */
  public static Optional<String> objectName(StoreSession session, int databaseId, int id) {
    Catalog catalog = session.storage().catalog(databaseId);
    Metadata md = session.metadata(catalog);
    var object = md.object(id).filter(o -> md.schema(o.schemaId()).map(s -> s.databaseId() == databaseId).orElse(false));
    if (object.isPresent()) {
      return Optional.of(object.get().name());
    }
    return constraintById(session, databaseId, id).map(dev.quern.catalog.meta.Constraint::name);
  }

  /** The constraint with object id {@code id} on a table of the current database (OBJECT_NAME, OBJECTPROPERTY). */
  public static Optional<dev.quern.catalog.meta.Constraint> constraintById(StoreSession session, int databaseId, int id) {
    Metadata md = session.metadata(session.storage().catalog(databaseId));
    for (Schema s : md.schemas(databaseId)) {
      for (var o : md.objects(s.id())) {
        if (o instanceof Table table) {
          for (var c : table.constraints()) {
            if (c.objectId() == id) {
              return Optional.of(c);
            }
          }
        }
      }
    }
    return Optional.empty();
  }

  /** The table holding the rows of {@code view} (of database {@code databaseId}) when the view is indexed. */
  public static Optional<dev.quern.catalog.meta.Table> indexedViewRows(
      StoreSession session, int databaseId, dev.quern.catalog.meta.SchemaObject view) {
    Metadata md = session.metadata(session.storage().catalog(databaseId));
    return md.table(view.schemaId(), dev.quern.catalog.meta.IndexedViewRows.tableName(view.name()));
  }

  /** The table, view, sequence or procedure with {@code id} in the current database. */
  public static Optional<dev.quern.catalog.meta.SchemaObject> objectById(StoreSession session, int databaseId, int id) {
    Catalog catalog = session.storage().catalog(databaseId);
    Metadata md = session.metadata(catalog);
    return md.object(id).filter(o -> md.schema(o.schemaId()).map(s -> s.databaseId() == databaseId).orElse(false));
  }

  /**
   * OBJECT_DEFINITION: the stored text of the view or stored procedure with {@code id} in the
   * current database; empty for any other object.
   */
  public static Optional<String> objectDefinition(StoreSession session, int databaseId, int id) {
    Catalog catalog = session.storage().catalog(databaseId);
    Metadata md = session.metadata(catalog);
    return md.object(id)
        .filter(o -> md.schema(o.schemaId()).map(s -> s.databaseId() == databaseId).orElse(false))
        .map(ModuleOptions::shownDefinition);
  }

  /** The stored text of a view, stored procedure, function or trigger; null for an object that has none. */
  public static String definitionOf(dev.quern.catalog.meta.SchemaObject o) {
    return switch (o) {
      case dev.quern.catalog.meta.View v -> v.definition();
      case dev.quern.catalog.meta.Procedure p -> p.definition();
      case dev.quern.catalog.meta.UserFunction f -> f.definition();
      case dev.quern.catalog.meta.Trigger t -> t.definition();
      default -> null;
    };
  }

  /**
   * The name a synonym stands for, when {@code parts} name a synonym (its base object, qualified
   * with the synonym's own database when it does not name one), else {@code parts}. One level: a
   * synonym of a synonym names nothing further.
   */
  public static List<String> followSynonym(StoreSession session, String currentDatabase, List<String> parts) {
    if (parts.isEmpty() || parts.getLast().startsWith("#") || parts.getLast().startsWith("@")) {
      return parts;
    }
    return object(session, currentDatabase, parts)
        .filter(f -> f.object() instanceof dev.quern.catalog.meta.Synonym)
        .map(f -> baseParts(((dev.quern.catalog.meta.Synonym) f.object()).baseObjectName(), f.target().database().name()))
        .orElse(parts);
  }

  /** {@code [db].[schema].[name]} split, completed to three parts; a server part is dropped. */
  private static List<String> baseParts(String bracketed, String database) {
    List<String> parts = new java.util.ArrayList<>();
    StringBuilder part = new StringBuilder();
    boolean inside = false;
    for (int i = 0; i < bracketed.length(); i++) {
      char ch = bracketed.charAt(i);
      if (inside && ch == ']' && i + 1 < bracketed.length() && bracketed.charAt(i + 1) == ']') {
        part.append(']');
        i++;
      } else if (ch == '[' && !inside) {
        inside = true;
      } else if (ch == ']' && inside) {
        inside = false;
      } else if (ch == '.' && !inside) {
        parts.add(part.toString());
        part.setLength(0);
      } else {
        part.append(ch);
      }
    }
    parts.add(part.toString());
    while (parts.size() > 3) {
      parts.removeFirst();
    }
    while (parts.size() < 3) {
      parts.addFirst(parts.size() == 2 ? database : "");
    }
    return List.copyOf(parts);
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
