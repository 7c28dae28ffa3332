package dev.quern.engine.error;

/**
 * What an error stops, following SQL Server: most runtime errors end only the statement, some
 * (conversion failures, 245/8114 family) end the whole batch, compile errors stop the batch before
 * any statement runs.
 */
public enum Abort {
  /** The statement fails; the batch goes on with the next statement. */
  STATEMENT,
  /** The batch stops (and, outside TRY, the remaining statements do not run). */
  BATCH,
  /** The error is found while compiling: no statement of the batch runs. */
  COMPILE
}
