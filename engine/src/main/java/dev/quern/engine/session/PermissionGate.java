package dev.quern.engine.session;

import dev.quern.catalog.meta.Column;
import dev.quern.catalog.meta.Database;
import dev.quern.catalog.meta.Schema;
import dev.quern.catalog.meta.SchemaObject;
import dev.quern.catalog.meta.Table;
import dev.quern.engine.error.SecurityErrors;
import dev.quern.engine.security.DatabaseUser;
import dev.quern.engine.security.Permissions;
import dev.quern.engine.store.Storage;
import java.util.ArrayList;
import java.util.List;

/**
 * Where statements check permissions as they bind: an object named directly needs the permission
 * (229), a CREATE needs the database permission (262), another database needs a user there (916).
 * sa without EXECUTE AS passes without a lookup; inside a module an object with the module's owner
 * (the owner of its schema) in the module's database is not checked (an unbroken ownership chain,
 * {@link SessionSecurity#module}), one of another owner is checked for the caller; tempdb's objects
 * (#temp tables, table variables) belong to their creators and are not checked.
 */
public final class PermissionGate {
  private PermissionGate() {}

  /** {@code permission} (SELECT, INSERT, UPDATE, DELETE, EXECUTE …) on {@code object}, or 229. */
  public static void object(SessionState s, Database db, Schema schema, SchemaObject object, String permission) {
    if (s.security().isSa() || chained(s, db, schema) || db.id() == Storage.TEMPDB_ID) {
      return;
    }
    DatabaseUser user = user(s, db);
    var sec = s.store().metadata(s.store().storage().main()).security();
    if (!Permissions.has(sec, user, db.id(), Permissions.Securable.object(object.id(), schema), permission)) {
      throw SecurityErrors.PERMISSION_DENIED_ON_OBJECT.raise(permission, object.name(), db.name(), schema.name());
    }
  }

  /**
   * {@code permission} (SELECT, UPDATE) on table {@code table} whose columns a statement reads or
   * sets: 229 when the user holds it on no part of the table, null (nothing more to check) when on
   * all of it, else one guard per column of the table, in its order, that raises 230 for a column
   * the user may not use and is null for one it may ("GRANT Object Permissions": a column GRANT is
   * enough for its column, a DENY on a column beats a GRANT on the table).
   */
  public static List<Runnable> columns(SessionState s, Database db, Schema schema, Table table, String permission) {
    if (s.security().isSa() || chained(s, db, schema) || db.id() == Storage.TEMPDB_ID) {
      return null;
    }
    DatabaseUser user = user(s, db);
    var sec = s.store().metadata(s.store().storage().main()).security();
    Permissions.Securable on = Permissions.Securable.object(table.id(), schema);
    switch (Permissions.reach(sec, user, db.id(), on, permission)) {
      case ALL -> {
        return null;
      }
      case NONE -> throw SecurityErrors.PERMISSION_DENIED_ON_OBJECT.raise(permission, table.name(), db.name(), schema.name());
      default -> {
        List<Runnable> guards = new ArrayList<>();
        for (Column c : table.columns()) {
          guards.add(Permissions.has(sec, user, db.id(), on, c.columnId(), permission) ? null : () -> {
            throw SecurityErrors.PERMISSION_DENIED_ON_COLUMN.raise(permission, c.name(), table.name(), db.name(), schema.name());
          });
        }
        return guards;
      }
    }
  }

  /** Whether the running module's owner owns {@code schema} of {@code db}: the chain holds. */
  private static boolean chained(SessionState s, Database db, Schema schema) {
    return s.security().module().map(m -> m.databaseId() == db.id() && m.ownerId() == schema.principalId()).orElse(false);
  }

  /** A database permission (CREATE TABLE …, EXECUTE ANY EXTERNAL SCRIPT) in the current database. */
  public static boolean hasDatabasePermission(SessionState s, String permission) {
    if (s.security().isSa()) {
      return true;
    }
    var sec = s.store().snapshot(s.store().storage().main()).security();
    return s.user(s.databaseId())
        .map(u -> Permissions.has(sec, u, s.databaseId(), Permissions.Securable.DATABASE, permission))
        .orElse(false);
  }

  /** CREATE TABLE / VIEW / PROCEDURE / FUNCTION in the current database, or 262. */
  public static void database(SessionState s, String permission) {
    if (s.security().isSa() || s.security().inModule() || s.databaseId() == Storage.TEMPDB_ID) {
      return;
    }
    if (!hasDatabasePermission(s, permission)) {
      throw SecurityErrors.PERMISSION_DENIED_IN_DATABASE.raise(permission, s.databaseName());
    }
  }

  /**
   * {@code permission} on an XML schema collection of the current database (REFERENCES to type a
   * column, variable or parameter with it), or 229 naming the collection.
   */
  public static void xmlSchemaCollection(SessionState s, dev.quern.catalog.meta.XmlSchemaCollection c,
      String permission) {
    if (s.security().isSa() || s.security().inModule() || c.databaseId() != s.databaseId()) {
      return;
    }
    Schema schema = s.store().metadata(s.store().storage().catalog(c.databaseId())).schema(c.schemaId()).orElseThrow();
    var sec = s.store().snapshot(s.store().storage().main()).security();
    boolean may = s.user(c.databaseId())
        .map(u -> Permissions.has(sec, u, c.databaseId(), Permissions.Securable.xmlSchemaCollection(c.collectionId(),
            schema), permission))
        .orElse(false);
    if (!may) {
      throw SecurityErrors.PERMISSION_DENIED_ON_OBJECT.raise(permission, c.name(), s.databaseName(), schema.name());
    }
  }

  /** ALTER on the schema a new object goes into (with CREATE TABLE etc.), or 2760. */
  public static void alterSchema(SessionState s, Schema schema) {
    if (s.security().isSa() || s.security().inModule() || s.databaseId() == Storage.TEMPDB_ID) {
      return;
    }
    var sec = s.store().metadata(s.store().storage().main()).security();
    boolean may = s.user(s.databaseId())
        .map(u -> Permissions.has(sec, u, s.databaseId(), Permissions.Securable.schema(schema), "ALTER"))
        .orElse(false);
    if (!may) {
      throw SecurityErrors.SCHEMA_NOT_USABLE.raise(schema.name());
    }
  }

  private static DatabaseUser user(SessionState s, Database db) {
    return s.user(db.id())
        .orElseThrow(() -> SecurityErrors.CANNOT_ACCESS_DATABASE.raise(s.loginName(), db.name()));
  }
}
