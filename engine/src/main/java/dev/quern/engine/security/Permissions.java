package dev.quern.engine.security;

import dev.quern.catalog.meta.Permission;
import dev.quern.catalog.meta.Schema;
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
          "ALTER ANY DATABASE DDL TRIGGER", "ALTER ANY DATASPACE");

  private Permissions() {}

  /**
   * A securable: an object (with its schema), a schema, or the database (both ids 0); {@code
   * ownerId} the principal owning it (its schema's owner), {@link #NO_OWNER} when not known.
   */
  public record Securable(int objectId, int schemaId, int ownerId, int xmlCollectionId) {
    public static final int NO_OWNER = -1;
    public static final Securable DATABASE = new Securable(0, 0, NO_OWNER);

    public Securable(int objectId, int schemaId, int ownerId) {
      this(objectId, schemaId, ownerId, 0);
    }

    public Securable(int objectId, int schemaId) {
      this(objectId, schemaId, NO_OWNER);
    }

    public static Securable schema(int schemaId) {
      return new Securable(0, schemaId);
    }

    public static Securable schema(Schema schema) {
      return new Securable(0, schema.id(), schema.principalId());
    }

    public static Securable object(int objectId, Schema schema) {
      return new Securable(objectId, schema.id(), schema.principalId());
    }

    /** An XML schema collection of {@code schema}: its own grants, then its schema's and the database's. */
    public static Securable xmlSchemaCollection(int collectionId, Schema schema) {
      return new Securable(0, schema.id(), schema.principalId(), collectionId);
    }
  }

  /** Whether {@code user} holds {@code permission} on the whole of {@code on}. */
  public static boolean has(Security sec, DatabaseUser user, int databaseId, Securable on, String permission) {
    return has(sec, user, databaseId, on, 0, permission);
  }

  /** The same for column {@code columnId} of object {@code on} (0: the whole securable). */
  public static boolean has(Security sec, DatabaseUser user, int databaseId, Securable on, int columnId, String permission) {
    if (user.isOwner() || owns(user, on)) {
      return true;
    }
    Set<Integer> who = grantees(user);
    if (deniedByRole(user.roles(), permission)) {
      return false;
    }
    boolean granted = impliedByRole(user.roles(), permission);
    for (Permission p : sec.permissions(databaseId)) {
      if (!who.contains(p.granteeId()) || !applies(p, on) || p.minorId() != 0 && p.minorId() != columnId) {
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

  /** How far a permission on an object reaches: all its columns, none, or column by column. */
  public enum Reach { ALL, NONE, PER_COLUMN }

  /**
   * Whether {@code user} holds {@code permission} on all of object {@code on}, on none of it (a
   * DENY on it, its schema or the database, or no GRANT at any level or on any column), or only on
   * some columns (GRANTs on columns only, or a DENY on a column beside a GRANT of the whole): then
   * each column a statement references is asked about with {@link #has(Security, DatabaseUser, int,
   * Securable, int, String)}.
   */
  public static Reach reach(Security sec, DatabaseUser user, int databaseId, Securable on, String permission) {
    if (user.isOwner() || owns(user, on)) {
      return Reach.ALL;
    }
    if (deniedByRole(user.roles(), permission)) {
      return Reach.NONE;
    }
    Set<Integer> who = grantees(user);
    boolean whole = impliedByRole(user.roles(), permission);
    boolean columnGrant = false;
    boolean columnDeny = false;
    for (Permission p : sec.permissions(databaseId)) {
      if (!who.contains(p.granteeId()) || !applies(p, on)
          || !p.permission().equals(permission) && !p.permission().equals("CONTROL")) {
        continue;
      }
      if (p.minorId() == 0 && p.denied()) {
        return Reach.NONE;
      }
      whole |= p.minorId() == 0;
      columnGrant |= p.minorId() != 0 && !p.denied();
      columnDeny |= p.minorId() != 0 && p.denied();
    }
    if (whole && !columnDeny) {
      return Reach.ALL;
    }
    return whole || columnGrant ? Reach.PER_COLUMN : Reach.NONE;
  }

  /** The owner of the securable's schema, or a member of the role that owns it. */
  private static boolean owns(DatabaseUser user, Securable on) {
    return on.ownerId() != Securable.NO_OWNER && (on.ownerId() == user.id() || user.roles().contains(on.ownerId()));
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
      case Permission.XML_SCHEMA_COLLECTION -> on.xmlCollectionId() != 0 && p.majorId() == on.xmlCollectionId();
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
