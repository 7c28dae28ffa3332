package dev.quern.catalog.meta;

import dev.quern.catalog.value.SqlVariant;

/**
 * One extended property ("sys.extended_properties"): a named sql_variant value (null allowed) on
 * the item {@code (classId, majorId, minorId)} of a database, numbered as SQL Server numbers them:
 * class 0 the database (0, 0), 1 an object (its id, 0) or a column (table id, column id), 2 a
 * parameter (module id, parameter id), 3 a schema (its id, 0), 7 an index (table id, index id).
 */
public record ExtendedProperty(
    int databaseId, int classId, int majorId, int minorId, String name, SqlVariant value) {
  public static final int DATABASE = 0;
  public static final int OBJECT_OR_COLUMN = 1;
  public static final int PARAMETER = 2;
  public static final int SCHEMA = 3;
  public static final int INDEX = 7;

  /** Whether this property belongs to the same item as {@code other} under the same name. */
  public boolean sameKey(ExtendedProperty other) {
    return databaseId == other.databaseId && classId == other.classId && majorId == other.majorId
        && minorId == other.minorId && Names.same(name, other.name);
  }

  /** Whether the property hangs on object {@code objectId} or one of its parts. */
  boolean onObject(int objectId) {
    return majorId == objectId
        && (classId == OBJECT_OR_COLUMN || classId == PARAMETER || classId == INDEX);
  }
}
