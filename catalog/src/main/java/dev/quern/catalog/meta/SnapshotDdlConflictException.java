package dev.quern.catalog.meta;

/**
 * A SNAPSHOT transaction touched a table whose definition another transaction changed and committed
 * after the snapshot was taken; the engine raises error 3961.
 */
public class SnapshotDdlConflictException extends RuntimeException {
  private final String tableName;
  private final String databaseName;

  public SnapshotDdlConflictException(String tableName, String databaseName) {
    super(
        "The object '"
            + tableName
            + "' was modified by a DDL statement in another concurrent"
            + " transaction since the start of this snapshot transaction");
    this.tableName = tableName;
    this.databaseName = databaseName;
  }

  /** The database of the table (3961 names it). */
  public String databaseName() {
    return databaseName;
  }

  public String tableName() {
    return tableName;
  }
}
