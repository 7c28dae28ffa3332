package dev.quern.catalog.meta;

/**
 * A user or role created in a database (sys.database_principals): {@code type} 'S' (SQL user) or
 * 'R' (database role). A user made FOR LOGIN carries the login's sid; a user WITHOUT LOGIN and a
 * role carry none (null). Roles have an owner ({@code ownerId}, a database principal id).
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
    long modifiedMillis) {

  public boolean isRole() {
    return type == 'R';
  }

  public DbPrincipal withName(String n, long now) {
    return new DbPrincipal(databaseId, id, n, type, sid, defaultSchema, ownerId, createdMillis, now);
  }

  public DbPrincipal withDefaultSchema(String s, long now) {
    return new DbPrincipal(databaseId, id, name, type, sid, s, ownerId, createdMillis, now);
  }

  public DbPrincipal withSid(byte[] s, long now) {
    return new DbPrincipal(databaseId, id, name, type, s, defaultSchema, ownerId, createdMillis, now);
  }
}
