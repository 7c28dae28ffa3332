package dev.quern.catalog.meta;

/**
 * One row of sys.database_permissions: {@code permission} (e.g. "SELECT", "CREATE TABLE") on a
 * securable of class {@code classId} (0 database, 1 object, 3 schema, 24 symmetric key, 25
 * certificate; {@code majorId} its id, 0 for
 * the database; {@code minorId} a column's id for a column permission, else 0) given to {@code
 * granteeId} with state 'G' (GRANT), 'W' (GRANT WITH GRANT OPTION) or 'D' (DENY). One row per
 * (securable, column, grantee, permission): a GRANT replaces a DENY.
 */
public record Permission(
    int databaseId, int classId, int majorId, int minorId, int granteeId, String permission, char state, int grantorId) {
  /** A permission on a whole securable (minor_id 0). */
  public Permission(int databaseId, int classId, int majorId, int granteeId, String permission, char state, int grantorId) {
    this(databaseId, classId, majorId, 0, granteeId, permission, state, grantorId);
  }

  public static final int DATABASE = 0;
  public static final int OBJECT = 1;
  public static final int SCHEMA = 3;
  /** An XML schema collection (GRANT … ON XML SCHEMA COLLECTION::); its major id the xml_collection_id. */
  public static final int XML_SCHEMA_COLLECTION = 10;
  public static final int SYMMETRIC_KEY = 24;
  public static final int CERTIFICATE = 25;

  public boolean denied() {
    return state == 'D';
  }

  public Permission withState(char s) {
    return new Permission(databaseId, classId, majorId, minorId, granteeId, permission, s, grantorId);
  }
}
