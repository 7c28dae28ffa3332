package dev.quern.catalog.meta;

/**
 * A user or role created in a database (sys.database_principals): {@code type} 'S' (SQL user), 'R'
 * (database role) or 'A' (application role). A user made FOR LOGIN carries the login's sid; a user
 * WITHOUT LOGIN and the roles carry none (null). Roles have an owner ({@code ownerId}, a database
 * principal id). An application role keeps its password as a salted hash string ({@code
 * passwordHash}, null for the others), as a login does.
 */
public record DbPrincipal(
    int databaseId,
    int id,
    String name,
    char type,
    byte[] sid,
    String defaultSchema,
    int ownerId,
    long createdMillis,
    long modifiedMillis,
    String passwordHash) {

  /** A user or database role, which has no password. */
  public DbPrincipal(int databaseId, int id, String name, char type, byte[] sid, String defaultSchema, int ownerId,
      long createdMillis, long modifiedMillis) {
    this(databaseId, id, name, type, sid, defaultSchema, ownerId, createdMillis, modifiedMillis, null);
  }

  public boolean isRole() {
    return type == 'R';
  }

  public boolean isApplicationRole() {
    return type == 'A';
  }

  /** A user (SQL user, mapped to a login or not): what EXECUTE AS USER, ALTER USER and DROP USER act on. */
  public boolean isUser() {
    return type == 'S';
  }

  public DbPrincipal withName(String n, long now) {
    return new DbPrincipal(databaseId, id, n, type, sid, defaultSchema, ownerId, createdMillis, now, passwordHash);
  }

  public DbPrincipal withDefaultSchema(String s, long now) {
    return new DbPrincipal(databaseId, id, name, type, sid, s, ownerId, createdMillis, now, passwordHash);
  }

  public DbPrincipal withSid(byte[] s, long now) {
    return new DbPrincipal(databaseId, id, name, type, s, defaultSchema, ownerId, createdMillis, now, passwordHash);
  }

  public DbPrincipal withPasswordHash(String h, long now) {
    return new DbPrincipal(databaseId, id, name, type, sid, defaultSchema, ownerId, createdMillis, now, h);
  }
}
