package dev.quern.catalog.meta;

/**
 * One row of sys.database_permissions: {@code permission} (e.g. "SELECT", "CREATE TABLE") on a
 * securable of class {@code classId} (0 database, 1 object, 3 schema; {@code majorId} its id, 0 for
 * the database) given to {@code granteeId} with state 'G' (GRANT), 'W' (GRANT WITH GRANT OPTION)
 * or 'D' (DENY). One row per (securable, grantee, permission): a GRANT replaces a DENY.
 */
public record Permission(
    int databaseId, int classId, int majorId, int granteeId, String permission, char state, int grantorId) {
  public static final int DATABASE = 0;
  public static final int OBJECT = 1;
  public static final int SCHEMA = 3;

  public boolean denied() {
    return state == 'D';
  }
}
