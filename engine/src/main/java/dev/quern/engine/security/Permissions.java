package dev.quern.engine.security;

import dev.quern.catalog.meta.Permission;
import dev.quern.catalog.meta.Security;
import java.util.Set;

/**
 * Whether a database user holds a permission ("Permissions (Database Engine)", "Permissions
 * hierarchy"): db_owner members (and sysadmins, who are dbo) hold everything; otherwise a DENY to
 * the user or any of its roles on the object, its schema or the database wins; then a GRANT at any
 * of those levels, of the permission itself or of CONTROL, or the fixed role that implies it
 * (db_datareader: SELECT; db_datawriter: INSERT, UPDATE, DELETE; db_ddladmin: CREATE and ALTER;
 * db_denydatareader / db_denydatawriter deny those).
 */
public final class Permissions {
  private static final Set<String> WRITES = Set.of("INSERT", "UPDATE", "DELETE");
  private static final Set<String> DDL =
      Set.of("CREATE TABLE", "CREATE VIEW", "CREATE PROCEDURE", "CREATE FUNCTION", "ALTER", "REFERENCES",
          "ALTER ANY DATABASE DDL TRIGGER");

  private Permissions() {}

  /** A securable: an object (with its schema), a schema, or the database (both ids 0). */
  public record Securable(int objectId, int schemaId) {
    public static final Securable DATABASE = new Securable(0, 0);

    public static Securable schema(int schemaId) {
      return new Securable(0, schemaId);
    }
  }

  public static boolean has(Security sec, DatabaseUser user, int databaseId, Securable on, String permission) {
    if (user.isOwner()) {
      return true;
    }
    Set<Integer> who = grantees(user);
    if (deniedByRole(user.roles(), permission)) {
      return false;
    }
    boolean granted = impliedByRole(user.roles(), permission);
    for (Permission p : sec.permissions(databaseId)) {
      if (!who.contains(p.granteeId()) || !applies(p, on)) {
        continue;
      }
      if (p.permission().equals(permission) || p.permission().equals("CONTROL")) {
        if (p.denied()) {
          return false;
        }
        granted = true;
      }
    }
    return granted;
  }

  private static Set<Integer> grantees(DatabaseUser user) {
    java.util.HashSet<Integer> who = new java.util.HashSet<>(user.roles());
    who.add(user.id());
    return who;
  }

  /** A permission row covers the securable itself, its schema, or the whole database. */
  private static boolean applies(Permission p, Securable on) {
    return switch (p.classId()) {
      case Permission.DATABASE -> true;
      case Permission.SCHEMA -> on.schemaId() != 0 && p.majorId() == on.schemaId();
      case Permission.OBJECT -> on.objectId() != 0 && p.majorId() == on.objectId();
      default -> false;
    };
  }

  private static boolean deniedByRole(Set<Integer> roles, String permission) {
    return permission.equals("SELECT") && roles.contains(Principals.DB_DENYDATAREADER_ID)
        || WRITES.contains(permission) && roles.contains(Principals.DB_DENYDATAWRITER_ID);
  }

  private static boolean impliedByRole(Set<Integer> roles, String permission) {
    return permission.equals("SELECT") && roles.contains(Principals.DB_DATAREADER_ID)
        || WRITES.contains(permission) && roles.contains(Principals.DB_DATAWRITER_ID)
        || DDL.contains(permission) && roles.contains(Principals.DB_DDLADMIN_ID);
  }
}
