package dev.quern.catalog.meta;

/**
 * The table definition a statement was bound with changed (or the table was dropped) before the
 * statement locked it; the engine rebinds the statement, as SQL Server recompiles.
 */
public class StaleMetadataException extends RuntimeException {
  public StaleMetadataException(String tableName) {
    super("The definition of '" + tableName + "' changed; the statement must be bound again");
  }
}
