package dev.quern.engine.dbcc;

import dev.quern.engine.error.Abort;
import dev.quern.engine.error.ErrorTemplate;

/** The errors DBCC commands raise, with SQL Server's numbers, severities, states and texts. */
public final class DbccErrors {
  private DbccErrors() {}

  public static final ErrorTemplate INCORRECT_STATEMENT =
      new ErrorTemplate(2526, 16, 3, "Incorrect DBCC statement. Check the documentation for the correct DBCC syntax and options.", Abort.STATEMENT);
  public static final ErrorTemplate NOT_PERMITTED =
      new ErrorTemplate(2571, 14, 3, "User '%s' does not have permission to run DBCC %s.", Abort.STATEMENT);
  public static final ErrorTemplate PARAMETER_COUNT =
      new ErrorTemplate(2583, 16, 1, "An incorrect number of parameters was given to the DBCC statement.", Abort.STATEMENT);
  public static final ErrorTemplate NO_SUCH_TABLE =
      new ErrorTemplate(2501, 16, 45, "Cannot find a table or object with the name '%s'. Check the system catalog.", Abort.STATEMENT);
  /** DBCC CHECKIDENT words 2501 with the name in double quotes (probed against SQL Server). */
  public static final ErrorTemplate CHECKIDENT_NO_SUCH_TABLE =
      new ErrorTemplate(2501, 16, 45, "Cannot find a table or object with the name \"%s\". Check the system catalog.", Abort.STATEMENT);
  public static final ErrorTemplate NO_IDENTITY_COLUMN =
      new ErrorTemplate(7997, 16, 1, "'%s' does not contain an identity column.", Abort.STATEMENT);
  public static final ErrorTemplate INCORRECT_PARAMETER =
      new ErrorTemplate(2560, 16, 9, "Parameter %d is incorrect for this DBCC statement.", Abort.STATEMENT);
  public static final ErrorTemplate NO_SUCH_DATABASE =
      new ErrorTemplate(2520, 16, 1, "Could not find database '%s'. The database either does not exist, or was dropped before a statement tried to use it. Verify if the database exists by querying the sys.databases catalog view.", Abort.STATEMENT);
  public static final ErrorTemplate NO_SUCH_DATABASE_ID =
      new ErrorTemplate(2520, 16, 1, "Could not find database ID %d. The database ID either does not exist, or was dropped before a statement tried to use it. Verify if the database ID exists by querying the sys.databases catalog view.", Abort.STATEMENT);
  public static final ErrorTemplate INVALID_TRACE_FLAG =
      new ErrorTemplate(2579, 16, 1, "Trace flag %d is either an invalid trace flag or not supported on this platform.", Abort.STATEMENT);
  public static final ErrorTemplate INVALID_SPID =
      new ErrorTemplate(7940, 16, 1, "Invalid SPID %d specified.", Abort.STATEMENT);
}
