package dev.quern.engine.sys;

import dev.quern.catalog.meta.Column;
import dev.quern.catalog.meta.Constraint;
import dev.quern.catalog.meta.SchemaObject;
import dev.quern.catalog.meta.Table;
import dev.quern.catalog.meta.View;
import dev.quern.engine.error.Abort;
import dev.quern.engine.error.ErrorTemplate;
import dev.quern.engine.error.SqlErrors;
import dev.quern.engine.session.SessionState;
import dev.quern.engine.store.ResolvedTable;

/**
 * WITH SCHEMABINDING ("CREATE VIEW", "CREATE FUNCTION"): a schema-bound view or function names
 * what it reads in two parts and never by {@code *} (4512, 1054 when it is created), and while it
 * exists the tables, views and functions it reads cannot be dropped or altered (3729), the columns
 * it reads cannot be dropped or changed (5074, 4922), and none of them can be renamed (15336). A
 * table's computed columns and CHECK and DEFAULT constraints bind the functions they call the same
 * way. What a module reads is {@link Dependencies}' resolution of its references, in the current
 * database (a schema-bound module reads only objects of its own database); a table named with
 * another database (DROP TABLE otherdb.dbo.t) is checked against that database's modules.
 */
public final class SchemaBinding {
  private static final ErrorTemplate NOT_TWO_PART = new ErrorTemplate(4512, 16, 3,
      "Cannot schema bind %s '%s' because name '%s' is invalid for schema binding. Names must be in two-part"
          + " format and an object cannot reference itself.", Abort.STATEMENT);
  private static final ErrorTemplate STAR = new ErrorTemplate(1054, 15, 6,
      "Syntax '*' is not allowed in schema-bound objects.", Abort.STATEMENT);
  private static final ErrorTemplate REFERENCED = new ErrorTemplate(3729, 16, 1,
      "Cannot %s '%s' because it is being referenced by object '%s'.", Abort.STATEMENT);
  private static final ErrorTemplate NOT_RENAMED = new ErrorTemplate(15336, 16, 1,
      "Object '%s' cannot be renamed because the object participates in enforced dependencies.", Abort.STATEMENT);

  private SchemaBinding() {}

  /**
   * CREATE or ALTER of {@code module} (in the current database): when it is schema-bound, 1054
   * for a {@code *}, 4512 for a name not in two parts or naming the module itself.
   */
  public static void checkCreated(SessionState session, SchemaObject module) {
    if (!dev.quern.engine.store.ModuleOptions.schemaBound(module)) {
      return;
    }
    String kind = module instanceof View ? "view" : "function";
    String schema = CatalogObjects.metadata(session).schema(module.schemaId()).map(dev.quern.catalog.meta.Schema::name).orElse("");
    ModuleReferences.Parsed parsed = ModuleReferences.of(module);
    for (ModuleReferences.Usage u : parsed.references()) {
      if (u.selectAll) {
        throw STAR.raise();
      }
      boolean self = u.parts.size() == 2 && u.parts.getFirst().equalsIgnoreCase(schema)
          && u.parts.getLast().equalsIgnoreCase(module.name());
      if (u.parts.size() != 2 || u.parts.getFirst().isEmpty() || self) {
        throw NOT_TWO_PART.raise(kind, module.name(), String.join(".", u.parts));
      }
    }
  }

  /**
   * DROP or ALTER ({@code action}: "DROP TABLE", "ALTER" …) of {@code target}, named {@code
   * written}: 3729 naming the first schema-bound module that reads it.
   */
  public static void checkUnreferenced(SessionState session, SchemaObject target, String action, String written) {
    bindingOf(session, target, null).ifPresent(by -> {
      throw REFERENCED.raise(action, written, by);
    });
  }

  /** As {@link #checkUnreferenced(SessionState, SchemaObject, String, String)} for a table of any database. */
  public static void checkUnreferenced(SessionState session, ResolvedTable t, String action, String written) {
    inDatabaseOf(session, t, () -> checkUnreferenced(session, t.table(), action, written));
  }

  /** As {@link #checkColumnUnreferenced(SessionState, Table, Column, String)} for a table of any database. */
  public static void checkColumnUnreferenced(SessionState session, ResolvedTable t, Column column, String operation) {
    inDatabaseOf(session, t, () -> checkColumnUnreferenced(session, t.table(), column, operation));
  }

  /**
   * Runs {@code check} over the modules of {@code t}'s database. A temporary table is left alone:
   * no schema-bound module can read one.
   */
  private static void inDatabaseOf(SessionState session, ResolvedTable t, Runnable check) {
    if (t.table().name().startsWith("#")) {
      return;
    }
    if (t.database().id() == session.databaseId()) {
      check.run();
      return;
    }
    session.inDatabase(t.database().name(), () -> {
      check.run();
      return null;
    });
  }

  /** DROP COLUMN or ALTER COLUMN ({@code operation}) of {@code column}: 5074 and 4922 when a schema-bound module reads it. */
  public static void checkColumnUnreferenced(SessionState session, Table table, Column column, String operation) {
    bindingOf(session, table, column).ifPresent(by -> {
      throw SqlErrors.COLUMN_ACCESSED.raise(operation, column.name())
          .precededBy(SqlErrors.COLUMN_DEPENDENCY.raise(by, column.name()));
    });
  }

  /** sp_rename of {@code target} (or of its column {@code column}, when not null): 15336 when a schema-bound module reads it. */
  public static void checkRenamable(SessionState session, SchemaObject target, Column column, String written) {
    if (bindingOf(session, target, column).isPresent()) {
      throw NOT_RENAMED.raise(written);
    }
  }

  /** The name of the first schema-bound module reading {@code target} (its {@code column}, if given). */
  private static java.util.Optional<String> bindingOf(SessionState session, SchemaObject target, Column column) {
    for (Dependencies.Module m : Dependencies.all(session)) {
      if (!m.schemaBound() || m.entry().object().id() == target.id()) {
        continue; // not binding, or a table's own expression over its own columns
      }
      for (Dependencies.Reference r : m.references()) {
        if (r.target() != null && r.target().id() == target.id()
            && (column == null || r.columns().keySet().stream().anyMatch(c -> c.columnId() == column.columnId()))) {
          return java.util.Optional.of(name(m));
        }
      }
    }
    return java.util.Optional.empty();
  }

  /** A module's name; a table expression's is its constraint's, or the table's for a computed column. */
  private static String name(Dependencies.Module m) {
    if (m.entry().object() instanceof Table t && m.referencingId() != t.id()) {
      for (Constraint k : t.constraints()) {
        if (k.objectId() == m.referencingId()) {
          return k.name();
        }
      }
    }
    return m.entry().object().name();
  }
}
