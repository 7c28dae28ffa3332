package dev.quern.engine.error;

import static dev.quern.engine.error.Abort.STATEMENT;

/**
 * The errors of change tracking ("Enable and Disable Change Tracking", "CHANGETABLE"): enabling
 * and disabling it on databases and tables, and reading changes of tables that have none.
 */
public final class ChangeTrackingErrors {
  private ChangeTrackingErrors() {}

  private static ErrorTemplate e(int n, int sev, int st, String text) {
    return new ErrorTemplate(n, sev, st, text, STATEMENT);
  }

  /** ENABLE CHANGE_TRACKING on a table of a database without it: database, table. */
  public static final ErrorTemplate DATABASE_NOT_TRACKED = e(1718, 16, 1,
      "Change tracking must be enabled on database '%s' before it can be enabled on table '%s'.");
  /** ENABLE CHANGE_TRACKING on a tracked table. */
  public static final ErrorTemplate TABLE_ALREADY_TRACKED = e(4996, 16, 1,
      "Change tracking is already enabled for table '%s'.");
  /** ENABLE CHANGE_TRACKING on a table without a primary key. */
  public static final ErrorTemplate NEEDS_PRIMARY_KEY = e(4997, 16, 1,
      "Cannot enable change tracking on table '%s'. Change tracking requires a primary key on the table. Create a"
          + " primary key on the table before enabling change tracking.");
  /** DISABLE CHANGE_TRACKING on an untracked table. */
  public static final ErrorTemplate TABLE_NOT_TRACKED_FOR_DISABLE = e(4998, 16, 1,
      "Change tracking is not enabled on table '%s'.");
  /** SET CHANGE_TRACKING = ON on a tracking database (followed by 5069). */
  public static final ErrorTemplate DATABASE_ALREADY_TRACKED = e(5088, 16, 1,
      "Change tracking is already enabled for database '%s'.");
  /** SET CHANGE_TRACKING = OFF (state 1) or (options) (state 2) on a database without it. */
  public static final ErrorTemplate DATABASE_NOT_TRACKING_OFF = e(5089, 16, 1,
      "Change tracking is disabled for database '%s'. Change tracking must be enabled on a database to modify change"
          + " tracking settings.");
  public static final ErrorTemplate DATABASE_NOT_TRACKING_OPTIONS = e(5089, 16, 2,
      "Change tracking is disabled for database '%s'. Change tracking must be enabled on a database to modify change"
          + " tracking settings.");
  /** Any SET CHANGE_TRACKING on master, tempdb, model or msdb. */
  public static final ErrorTemplate SYSTEM_DATABASE = e(5090, 16, 1,
      "Database '%s' is a system database. Change tracking settings cannot be modified for system databases.");
  /** One option written twice in the (…) list. */
  public static final ErrorTemplate OPTION_REPEATED = e(5091, 15, 1,
      "ALTER DATABASE change tracking option '%s' was specified more than once. Each option can be specified only"
          + " once.");
  /** A CHANGE_RETENTION of zero or beyond int minutes. */
  public static final ErrorTemplate RETENTION_OUT_OF_RANGE = e(5092, 15, 1,
      "The value for change tracking option '%s' is not valid. The value must be between 1 and 2147483647 minutes.");
  /** CHANGE_TRACKING_IS_COLUMN_IN_MASK given something that is no mask. */
  public static final ErrorTemplate BAD_COLUMNS_MASK = e(22101, 16, 1,
      "The value supplied for the change_columns argument of CHANGE_TRACKING_IS_COLUMN_IN_MASK function is not valid."
          + " The value must be a bitmask returned by the CHANGETABLE(CHANGES ...) function.");
  /** CHANGETABLE(VERSION …) whose value list is not as long as its column list. */
  public static final ErrorTemplate VERSION_ARGUMENTS = e(22103, 16, 1,
      "The arguments supplied are not valid for the VERSION option of the CHANGETABLE function.");
  /** CHANGETABLE without an alias. */
  public static final ErrorTemplate NEEDS_ALIAS = e(22104, 16, 1,
      "A table returned by the CHANGETABLE function must be aliased.");
  /** CHANGETABLE over a table without change tracking, named as written. */
  public static final ErrorTemplate TABLE_NOT_TRACKED = e(22105, 16, 1,
      "Change tracking is not enabled on table '%s'.");
  /** CHANGETABLE over a view or a temporary table, named as written. */
  public static final ErrorTemplate NOT_A_USER_TABLE = e(22107, 16, 1,
      "Object '%s' is of a data type that is not supported by the CHANGETABLE function. The object must be a"
          + " user-defined table.");
  /** WITH CHANGE_TRACKING_CONTEXT given something other than varbinary(n ≤ 128). */
  public static final ErrorTemplate CONTEXT_TYPE = e(22109, 16, 1,
      "The \"context\" argument for the CHANGE_TRACKING_CONTEXT WITH clause must be of type varbinary data type with a"
          + " maximum length of 128.");
  /** CHANGETABLE(VERSION …) naming fewer or more columns than the primary key has. */
  public static final ErrorTemplate VERSION_COLUMN_COUNT = e(22110, 16, 1,
      "The number of columns specified in the CHANGETABLE(VERSION ...) function does not match the number of primary"
          + " key columns for table '%s'.");
  /** CHANGETABLE(VERSION …) naming a column outside the primary key. */
  public static final ErrorTemplate VERSION_COLUMN_NOT_IN_KEY = e(22111, 16, 1,
      "The column '%s' specified in the CHANGETABLE(VERSION ...) function is not part of the primary key for table"
          + " '%s'.");
  /** SET CHANGE_TRACKING together with other options (followed by 5069). */
  public static final ErrorTemplate COMBINED_WITH_OTHER_OPTIONS = e(22114, 16, 1,
      "Change tracking options for ALTER DATABASE cannot be combined with other ALTER DATABASE options.");
  /** SET CHANGE_TRACKING = OFF while tables are tracked (followed by 5069). */
  public static final ErrorTemplate TABLES_STILL_TRACKED = e(22115, 16, 1,
      "Change tracking is enabled for one or more tables in database '%s'. Disable change tracking on each table"
          + " before disabling it for the database. Use the sys.change_tracking_tables catalog view to obtain a list"
          + " of tables for which change tracking is enabled.");
}
