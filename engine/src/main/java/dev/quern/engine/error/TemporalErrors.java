package dev.quern.engine.error;

import static dev.quern.engine.error.Abort.STATEMENT;

/**
 * The errors of system-versioned temporal tables (SQL Server's 13500 range): period and GENERATED
 * ALWAYS column definitions, SYSTEM_VERSIONING and the history table's checks, and the writes a
 * temporal table or its history table refuses. Table names in them are database.schema.table.
 */
public final class TemporalErrors {
  private TemporalErrors() {}

  private static ErrorTemplate e(int n, int sev, int st, String text) {
    return new ErrorTemplate(n, sev, st, text, STATEMENT);
  }

  private static final String VERSIONING_FAILED = "Setting SYSTEM_VERSIONING to ON failed because ";

  public static final ErrorTemplate INVALID_TYPE =
      e(13501, 16, 1, "Temporal generated always column '%s' has invalid data type.");
  public static final ErrorTemplate ROW_START_MISSING =
      e(13504, 16, 1, "Temporal 'GENERATED ALWAYS AS ROW START' column definition missing.");
  public static final ErrorTemplate ROW_END_MISSING =
      e(13505, 16, 1, "Temporal 'GENERATED ALWAYS AS ROW END' column definition missing.");
  public static final ErrorTemplate START_NOT_MATCHING =
      e(13506, 16, 1, "System-versioned table SYSTEM_TIME period definition start column name not matching"
          + " 'GENERATED ALWAYS AS ROW START' column name.");
  public static final ErrorTemplate END_NOT_MATCHING =
      e(13507, 16, 1, "System-versioned table SYSTEM_TIME period definition end column name not matching"
          + " 'GENERATED ALWAYS AS ROW END' column name.");
  public static final ErrorTemplate GENERATED_WITHOUT_PERIOD =
      e(13509, 16, 1, "Cannot create generated always column when SYSTEM_TIME period is not defined.");
  public static final ErrorTemplate HISTORY_IN_USE = e(13514, 16, 1, "History table '%s' is already in use.");
  public static final ErrorTemplate HISTORY_UNIQUE_KEYS =
      e(13515, 16, 1, VERSIONING_FAILED + "history table '%s' has custom unique keys defined. Consider dropping"
          + " all unique keys and trying again.");
  public static final ErrorTemplate HISTORY_FOREIGN_KEYS =
      e(13516, 16, 1, VERSIONING_FAILED + "history table '%s' has foreign keys defined. Consider dropping all"
          + " foreign keys and trying again.");
  public static final ErrorTemplate HISTORY_CONSTRAINTS =
      e(13517, 16, 1, VERSIONING_FAILED + "history table '%s' has table or column constraints defined. Consider"
          + " dropping all table and column constraints and trying again.");
  public static final ErrorTemplate HISTORY_IDENTITY =
      e(13518, 16, 1, VERSIONING_FAILED + "history table '%s' has IDENTITY column specification. Consider"
          + " dropping all IDENTITY column specifications and trying again.");
  public static final ErrorTemplate COLUMN_COUNT =
      e(13523, 16, 1, VERSIONING_FAILED + "table '%s' has %d columns and table '%s' has %d columns.");
  public static final ErrorTemplate COLUMN_NAME =
      e(13524, 16, 1, VERSIONING_FAILED + "column '%s' at ordinal %d in history table '%s' has a different name"
          + " than the column '%s' at the same ordinal in table '%s'.");
  public static final ErrorTemplate COLUMN_TYPE =
      e(13525, 16, 1, VERSIONING_FAILED + "column '%s' has data type %s in history table '%s' which is different"
          + " from corresponding column type %s in table '%s'.");
  public static final ErrorTemplate COLUMN_NULLABILITY =
      e(13531, 16, 1, VERSIONING_FAILED + "column '%s' does not have the same nullability attribute in tables"
          + " '%s' and '%s'.");
  public static final ErrorTemplate EXPLICIT_INSERT =
      e(13536, 16, 1, "Cannot insert an explicit value into a GENERATED ALWAYS column in table '%s'. Use INSERT"
          + " with a column list to exclude the GENERATED ALWAYS column, or insert a DEFAULT into GENERATED ALWAYS"
          + " column.");
  public static final ErrorTemplate UPDATE_GENERATED =
      e(13537, 16, 1, "Cannot update GENERATED ALWAYS columns in table '%s'.");
  public static final ErrorTemplate NOT_TWO_PART =
      e(13539, 15, 1, VERSIONING_FAILED + "history table '%s' is not specified in two-part name format.");
  public static final ErrorTemplate DROP_VERSIONED =
      e(13552, 16, 1, "Drop table operation failed on table '%s' because it is not a supported operation on"
          + " system-versioned temporal tables.");
  public static final ErrorTemplate NO_PERIOD =
      e(13510, 16, 1, "Cannot set SYSTEM_VERSIONING to ON when SYSTEM_TIME period is not defined.");
  public static final ErrorTemplate NO_PRIMARY_KEY =
      e(13553, 16, 1, "System versioned temporal table '%s' must have primary key defined.");
  public static final ErrorTemplate TEMPORAL_IN_USE = e(13566, 16, 1, "Temporal table '%s' is already in use.");
  public static final ErrorTemplate HISTORY_COMPUTED =
      e(13519, 16, 1, VERSIONING_FAILED + "history table '%s' has computed column specification. Consider"
          + " dropping all computed column specifications and trying again.");
  public static final ErrorTemplate HISTORY_PERIOD_NULLABLE =
      e(13530, 16, 1, VERSIONING_FAILED + "system column '%s' in history table '%s' corresponds to a period column"
          + " in table '%s' and cannot be nullable.");
  public static final ErrorTemplate TRUNCATE_VERSIONED =
      e(13545, 16, 1, "Truncate failed on table '%s' because it is not a supported operation on system-versioned"
          + " tables.");
  public static final ErrorTemplate MERGE_HISTORY =
      e(13562, 16, 1, "Cannot perform MERGE operation on temporal history table '%s'.");
  public static final ErrorTemplate ADD_COLUMN =
      e(13550, 16, 1, "Add column operation failed on table '%s' because it is not a supported operation on"
          + " system-versioned temporal tables.");
  public static final ErrorTemplate DROP_COLUMN =
      e(13551, 16, 1, "Drop column operation failed on table '%s' because it is not a supported operation on"
          + " system-versioned temporal tables.");
  public static final ErrorTemplate ALTER_COLUMN =
      e(13548, 16, 1, "Cannot alter column '%s' on table '%s' because it is not a supported operation on"
          + " system-versioned temporal or ledger tables.");
  public static final ErrorTemplate ADD_COMPUTED =
      e(13724, 16, 1, "System-versioned table schema modification failed because adding computed column while"
          + " system-versioning is ON is not supported.");
  public static final ErrorTemplate NOT_TEMPORAL =
      e(13544, 16, 1, "Temporal FOR SYSTEM_TIME clause can only be used with system-versioned tables. '%s' is not a"
          + " system-versioned table.");
  public static final ErrorTemplate SECOND_ROW_START =
      e(13502, 16, 1, "System-versioned table cannot have more than one 'GENERATED ALWAYS AS ROW START' column.");
  public static final ErrorTemplate SECOND_ROW_END =
      e(13503, 16, 1, "System-versioned table cannot have more than one 'GENERATED ALWAYS AS ROW END' column.");
  public static final ErrorTemplate SECOND_PERIOD =
      e(13508, 16, 1, "System-versioned table cannot have more than one SYSTEM_TIME period definition.");
  public static final ErrorTemplate INSERT_HISTORY =
      e(13559, 16, 1, "Cannot insert rows in a temporal history table '%s'.");
  public static final ErrorTemplate DELETE_HISTORY =
      e(13560, 16, 1, "Cannot delete rows from a temporal history table '%s'.");
  public static final ErrorTemplate UPDATE_HISTORY =
      e(13561, 16, 1, "Cannot update rows in a temporal history table '%s'.");
  public static final ErrorTemplate HISTORY_HAS_PERIOD =
      e(13574, 16, 1, VERSIONING_FAILED + "temporal history table '%s' contains SYSTEM_TIME period.");
  public static final ErrorTemplate PERIOD_NULLABLE =
      e(13587, 16, 1, "Period column '%s' in a system-versioned temporal table cannot be nullable.");
  public static final ErrorTemplate NOT_VERSIONED =
      e(13591, 16, 1, "SYSTEM_VERSIONING is not turned ON for table '%s'.");
  public static final ErrorTemplate ALREADY_VERSIONED =
      e(13596, 16, 1, "SYSTEM_VERSIONING is already turned ON for table '%s'.");
  public static final ErrorTemplate RETENTION_VALUE =
      e(13743, 16, 1, "%s is not a valid value for system versioning history retention period.");
  public static final ErrorTemplate RETENTION_UNIT =
      e(13744, 15, 1, "'%s' is not a valid history retention period unit for system versioning.");

  public static final ErrorTemplate HISTORY_END_BEFORE_START =
      new ErrorTemplate(13541, 16, 0, VERSIONING_FAILED + "history table '%s' contains invalid records with end of"
          + " period set before start.", dev.quern.engine.error.Abort.BATCH);
  public static final ErrorTemplate HISTORY_END_IN_FUTURE =
      new ErrorTemplate(13543, 16, 0, VERSIONING_FAILED + "history table '%s' contains invalid records with end of"
          + " period set to a value in the future.", dev.quern.engine.error.Abort.BATCH);
  public static final ErrorTemplate HISTORY_OVERLAPPING =
      new ErrorTemplate(13573, 16, 0, VERSIONING_FAILED + "history table '%s' contains overlapping records.",
          dev.quern.engine.error.Abort.BATCH);
  public static final ErrorTemplate ADD_IDENTITY =
      e(13704, 16, 1, "System-versioned table schema modification failed because history table '%s' has IDENTITY"
          + " column specification. Consider dropping all IDENTITY column specifications and trying again.");
  public static final ErrorTemplate HIDDEN_NOT_GENERATED =
      e(13735, 16, 1, "Cannot alter HIDDEN attribute on column '%s' in table '%s' because this column is not a"
          + " generated always column.");
  public static final ErrorTemplate ADD_PERIOD_NOT_OPEN =
      new ErrorTemplate(13575, 16, 0, "ADD PERIOD FOR SYSTEM_TIME failed because table '%s' contains records where"
          + " end of period is not equal to MAX datetime.", dev.quern.engine.error.Abort.BATCH);
  public static final ErrorTemplate ADD_PERIOD_FUTURE_START =
      new ErrorTemplate(13542, 16, 0, "ADD PERIOD FOR SYSTEM_TIME on table '%s' failed because there are open records"
          + " with start of period set to a value in the future.", dev.quern.engine.error.Abort.BATCH);
}
