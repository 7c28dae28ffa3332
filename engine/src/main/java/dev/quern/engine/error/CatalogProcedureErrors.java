package dev.quern.engine.error;

import static dev.quern.engine.error.Abort.STATEMENT;

/**
 * The errors and messages of the catalog and maintenance system procedures added for DBAs and
 * ODBC/JDBC drivers (sp_special_columns, sp_recompile, sp_refreshview, sp_helpstats, sp_helpfile,
 * xp_logininfo …), with SQL Server's numbers, severities and us_english texts (sys.messages).
 */
public final class CatalogProcedureErrors {
  private CatalogProcedureErrors() {}

  private static ErrorTemplate e(int n, int sev, String text) {
    return new ErrorTemplate(n, sev, 1, text, STATEMENT);
  }

  /** A catalog procedure's coded argument (sp_special_columns' @col_type, @scope, @nullable). */
  public static final ErrorTemplate INVALID_CODE = e(15251, 16, "Invalid '%s' specified. It must be %s.");

  /** sp_recompile's success message. */
  public static final ErrorTemplate MARKED_FOR_RECOMPILATION = e(15070, 10, "Object '%s' was successfully marked for recompilation.");
  /** sp_refreshview and sp_refreshsqlmodule: no such object (or no permission to see it). */
  public static final ErrorTemplate NO_OBJECT_OR_PERMISSION = e(15165, 16, "Could not find object '%s' or you do not have permission.");
  /** A procedure's argument that is none of its options (sp_helpstats' @results, sp_autostats' @flagc). */
  public static final ErrorTemplate INVALID_PARAMETER_OR_OPTION =
      e(15600, 15, "An invalid parameter or option was specified for procedure '%s'.");
  public static final ErrorTemplate NO_STATISTICS = e(15574, 10, "This object does not have any statistics.");
  public static final ErrorTemplate NO_STATISTICS_OR_INDEXES = e(15575, 10, "This object does not have any statistics or indexes.");
  /** sp_autostats' @indname that names no statistics of the table. */
  public static final ErrorTemplate NO_SUCH_INDEX = e(15323, 16, "The selected index does not exist on table '%s'.");
  /** sp_createstats by a caller that is not db_owner. */
  public static final ErrorTemplate NO_PERMISSION = e(15247, 16, "User does not have permission to perform this action.");
  public static final ErrorTemplate CREATING_STATISTICS = e(15018, 10, "Table '%s': Creating statistics for the following columns:");
  public static final ErrorTemplate NO_COLUMNS_WITHOUT_STATISTICS = e(15013, 10, "Table '%s': No columns without statistics found.");
  public static final ErrorTemplate STATISTICS_CREATED =
      e(15020, 10, "Statistics have been created for the %d listed columns of the above tables.");
  /** sp_readerrorlog by a caller outside securityadmin. */
  public static final ErrorTemplate ROLE_ONLY = e(15003, 16, "Only members of the %s role can execute this stored procedure.");
  /** xp_logininfo of a Windows account that cannot be looked up ({@code %s}: the code as 0x…). */
  public static final ErrorTemplate WINDOWS_ACCOUNT_UNKNOWN =
      e(15404, 16, "Could not obtain information about Windows NT group/user '%s', error code %s.");
  /** sp_settriggerorder: @stmttype is no event the trigger fires on. */
  public static final ErrorTemplate NOT_A_TRIGGER_FOR = e(15125, 16, "Trigger '%s' is not a trigger for '%s'.");
  /** sp_settriggerorder: another trigger of the object already has that place for the event. */
  public static final ErrorTemplate ORDER_TAKEN = e(15130, 16, "There already exists a '%s' trigger for '%s'.");
  public static final ErrorTemplate INSTEAD_OF_NO_ORDER = e(15133, 16, "INSTEAD OF trigger '%s' cannot be associated with an order.");
  /** sp_indexoption's @OptionValue other than ON, OFF, TRUE or FALSE. */
  public static final ErrorTemplate INVALID_ON_OFF = e(15231, 16,
      "The argument specified for the '%s' parameter of stored procedure '%s' is not valid. Valid arguments are 'ON',"
          + " 'OFF', 'TRUE' and 'FALSE'.");
  /** sp_indexoption's name of no user table. */
  public static final ErrorTemplate NO_USER_TABLE = e(15388, 11,
      "There is no user table matching the input name '%s' in the current database or you do not have permission to"
          + " access the table.");
  // Backup devices: sp_addumpdevice, sp_dropdevice.
  public static final ErrorTemplate UNKNOWN_DEVICE_TYPE =
      e(15044, 16, "The type \"%s\" is an unknown backup device type. Use the type \"disk\" or \"tape\".");
  public static final ErrorTemplate LOGICAL_NAME_NULL = e(15045, 16, "The logical name cannot be NULL.");
  public static final ErrorTemplate PHYSICAL_NAME_NULL = e(15046, 16, "The physical name cannot be NULL.");
  public static final ErrorTemplate DEVICE_EXISTS = e(15026, 16, "Logical device '%s' already exists.");
  public static final ErrorTemplate PHYSICAL_DEVICE_TAKEN = e(15061, 16, "The add device request was denied. A physical"
      + " device named \"%s\" already exists. Only one backup device may refer to any physical device name.");
  public static final ErrorTemplate NO_SUCH_DEVICE =
      e(15012, 16, "The device '%s' does not exist. Use sys.backup_devices to show available devices.");
  public static final ErrorTemplate INVALID_DELFILE = e(15216, 16, "'%s' is not a valid option for the @delfile parameter.");
  public static final ErrorTemplate DEVICE_DROPPED = e(15463, 10, "Device dropped.");
}
