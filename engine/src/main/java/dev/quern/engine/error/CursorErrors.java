package dev.quern.engine.error;

import static dev.quern.engine.error.Abort.COMPILE;
import static dev.quern.engine.error.Abort.STATEMENT;

/**
 * The cursor errors of the engine's error catalog (numbers, severities and texts as the "Database
 * engine events and errors (16000 to 16999)" table of the SQL Server docs gives them; the states are
 * those SQL Server reports for the T-SQL statements, e.g. 16917 with state 1 from CLOSE and 2 from
 * FETCH).
 */
public final class CursorErrors {
  private CursorErrors() {}

  private static ErrorTemplate e(int n, int sev, int st, String text, Abort abort) {
    return new ErrorTemplate(n, sev, st, text, abort);
  }

  public static final ErrorTemplate CONFLICTING_OPTIONS = e(1048, 15, 1, "Conflicting cursor options %s and %s.", COMPILE);
  public static final ErrorTemplate MIXED_SYNTAX =
      e(1049, 15, 1, "Mixing old and new syntax to specify cursor options is not allowed.", COMPILE);
  public static final ErrorTemplate READ_ONLY_TWICE =
      e(1058, 15, 1, "Cannot specify both READ_ONLY and FOR READ ONLY on a cursor declaration.", COMPILE);
  public static final ErrorTemplate ALREADY_OPEN = e(16905, 16, 1, "The cursor is already open.", STATEMENT);
  public static final ErrorTemplate PARAMETER_INVALID = e(16902, 16, 1, "%s: The value of the parameter %s is invalid.", STATEMENT);
  public static final ErrorTemplate NOT_IN_CURSOR = e(16907, 16, 1, "%s is not allowed in cursor statements.", COMPILE);
  public static final ErrorTemplate INVALID_HANDLE =
      e(16909, 16, 1, "%s: The cursor identifier value provided (%s) is not valid.", STATEMENT);
  /** {@code fetch: The fetch type prior cannot be used …}: SQL Server writes both names in lower case. */
  public static final ErrorTemplate FORWARD_ONLY_FETCH =
      e(16911, 16, 1, "fetch: The fetch type %s cannot be used with forward only cursors.", STATEMENT);
  public static final ErrorTemplate ALREADY_EXISTS = e(16915, 16, 1, "A cursor with the name '%s' already exists.", STATEMENT);
  public static final ErrorTemplate DOES_NOT_EXIST = e(16916, 16, 1, "A cursor with the name '%s' does not exist.", STATEMENT);
  public static final ErrorTemplate NOT_OPEN = e(16917, 16, 1, "Cursor is not open.", STATEMENT);
  public static final ErrorTemplate IMPLICIT_CONVERSION =
      e(16922, 16, 1, "Cursor Fetch: Implicit conversion from data type %s to %s is not allowed.", STATEMENT);
  public static final ErrorTemplate INTO_COUNT =
      e(16924, 16, 1, "Cursorfetch: The number of variables declared in the INTO list must match that of selected columns.", STATEMENT);
  /** The fetch type title-cased here ("Absolute"), unlike 16911's. */
  public static final ErrorTemplate DYNAMIC_FETCH = e(16925, 16, 1, "The fetch type %s cannot be used with dynamic cursors.", STATEMENT);
  public static final ErrorTemplate READ_ONLY = e(16929, 16, 1, "The cursor is READ ONLY.", STATEMENT);
  public static final ErrorTemplate ROW_NOT_IN_BUFFER = e(16930, 16, 1, "The requested row is not in the fetch buffer.", STATEMENT);
  public static final ErrorTemplate NO_CURRENT_ROW = e(16931, 16, 1, "There are no rows in the current fetch buffer.", STATEMENT);
  public static final ErrorTemplate COLUMN_NOT_IN_UPDATE_LIST =
      e(16932, 16, 1, "The cursor has a FOR UPDATE list and the requested column to be updated is not in this list.", STATEMENT);
  public static final ErrorTemplate TABLE_NOT_IN_CURSOR =
      e(16933, 16, 1, "The cursor does not include the table being modified or the table is not updatable through the cursor.", STATEMENT);
  public static final ErrorTemplate NOT_A_CURSOR_VARIABLE =
      e(16948, 16, 1, "The variable '%s' is not a cursor variable, but it is used in a place where a cursor variable is expected.", COMPILE);
  /** sys.messages lists it at severity 10, but the statements raise it as an error (level 16, state 2). */
  public static final ErrorTemplate NO_CURSOR_ALLOCATED =
      e(16950, 16, 2, "The variable '%s' does not currently have a cursor allocated to it.", STATEMENT);
  /** Informational: sp_cursoropen was given something other than one SELECT and ran it without a cursor. */
  public static final ErrorTemplate EXECUTING_DIRECTLY = e(16954, 10, 1, "Executing SQL directly; no cursor.", STATEMENT);
  /** An informational message: a TYPE_WARNING cursor was made of another kind than asked. */
  public static final ErrorTemplate CONVERTED = e(16956, 10, 1, "The created cursor is not of the requested type.", STATEMENT);
  public static final ErrorTemplate NO_VALUES = e(16935, 16, 1, "No parameter values were specified for the sp_cursor-%s statement.", STATEMENT);
  public static final ErrorTemplate VALUES_INVALID = e(16936, 16, 1, "sp_cursor: One or more values parameters were invalid.", STATEMENT);
  public static final ErrorTemplate NOT_ONE_SELECT =
      e(16938, 16, 1, "sp_cursoropen/sp_cursorprepare: The statement parameter can only be a batch or a stored procedure with a single select, without FOR BROWSE, COMPUTE BY, or variable assignments.", STATEMENT);
  /** sp_cursoropen: a static or fast-forward cursor with another concurrency than read-only. */
  public static final ErrorTemplate CONCURRENCY_INCOMPATIBLE =
      e(16966, 16, 1, "%s: Specified concurrency control option %d (%s) is incompatible with static or fast forward only cursors. Only read-only is compatible with static or fast forward only cursors.", STATEMENT);
  public static final ErrorTemplate FOR_UPDATE_READ_ONLY =
      e(16957, 16, 1, "FOR UPDATE cannot be specified on a READ ONLY cursor.", STATEMENT);
}
