package dev.quern.engine.error;

import static dev.quern.engine.error.Abort.BATCH;
import static dev.quern.engine.error.Abort.COMPILE;
import static dev.quern.engine.error.Abort.STATEMENT;

/**
 * The engine's one catalog of SQL Server errors (number, severity, state, text as sys.messages has
 * them for us_english). Every error the engine raises is named here.
 */
public final class SqlErrors {
  private SqlErrors() {}

  private static ErrorTemplate e(int n, int sev, int st, String text, Abort abort) {
    return new ErrorTemplate(n, sev, st, text, abort);
  }

  // Syntax and compile errors.
  public static final ErrorTemplate SYNTAX_NEAR = e(102, 15, 1, "Incorrect syntax near '%s'.", COMPILE);
  public static final ErrorTemplate SYNTAX_NEAR_KEYWORD =
      e(156, 15, 1, "Incorrect syntax near the keyword '%s'.", COMPILE);
  public static final ErrorTemplate SHOWPLAN_NOT_ALONE =
      e(1067, 15, 1, "The SET SHOWPLAN statements must be the only statements in the batch.", COMPILE);
  public static final ErrorTemplate SYNTAX_EXPECTED =
      e(1035, 15, 10, "Incorrect syntax near '%s', expected '%s'.", COMPILE);
  public static final ErrorTemplate UNCLOSED_QUOTE =
      e(105, 15, 1, "Unclosed quotation mark after the character string '%s'.", COMPILE);
  public static final ErrorTemplate MISSING_END_COMMENT =
      e(113, 15, 1, "Missing end comment mark '*/'.", COMPILE);
  public static final ErrorTemplate MUST_DECLARE_SCALAR =
      e(137, 15, 2, "Must declare the scalar variable \"%s\".", COMPILE);
  public static final ErrorTemplate VARIABLE_ALREADY_DECLARED =
      e(
          134,
          15,
          1,
          "The variable name '%s' has already been declared. Variable names must be unique within"
              + " a query batch or stored procedure.",
          COMPILE);
  public static final ErrorTemplate UNKNOWN_TABLE_HINT =
      e(
          321,
          15,
          1,
          "%s is not a recognized table hints option. If it is intended as a parameter to a"
              + " table-valued function or to the CHANGETABLE function, ensure that your database"
              + " compatibility mode is set to 90.",
          COMPILE);
  public static final ErrorTemplate CONFLICTING_LOCK_HINTS =
      e(1047, 15, 1, "Conflicting locking hints specified.", COMPILE);
  public static final ErrorTemplate DIRTY_READ_HINT_ON_TARGET =
      e(
          1065,
          15,
          1,
          "The NOLOCK and READUNCOMMITTED lock hints are not allowed for target tables of INSERT,"
              + " UPDATE, DELETE or MERGE statements.",
          COMPILE);
  public static final ErrorTemplate READPAST_ISOLATION =
      e(650, 16, 1, "You can only specify the READPAST lock in the READ COMMITTED or REPEATABLE READ isolation levels.", STATEMENT);
  /** A keyword or option Quern parses but does not give the effect of (as Azure SQL words it). */
  public static final ErrorTemplate UNRECOGNIZED_OPTION = e(155, 15, 1, "'%s' is not a recognized %s option.", COMPILE);
  public static final ErrorTemplate BAD_FILLFACTOR =
      e(129, 15, 1, "Fillfactor %d is not a valid percentage; fillfactor must be between 1 and 100.", COMPILE);
  public static final ErrorTemplate MAX_DURATION_NOT_RESUMABLE =
      e(11431, 16, 1, "The MAX_DURATION option is not permitted as the RESUMABLE option is not turned 'ON'.", COMPILE);
  public static final ErrorTemplate INVALID_FILEGROUP = e(1921, 16, 1, "Invalid filegroup '%s' specified.", COMPILE);
  public static final ErrorTemplate INDEX_TO_REPLACE_MISSING =
      e(7999, 16, 9, "Could not find any index named '%s' for table '%s'.", STATEMENT);
  public static final ErrorTemplate ALTER_INDEX_OBJECT_MISSING =
      e(1088, 16, 12, "Cannot find the object \"%s\" because it does not exist or you do not have permissions.", STATEMENT);
  public static final ErrorTemplate INDEX_NOT_FOUND = e(2727, 16, 1, "Cannot find index '%s'.", STATEMENT);
  public static final ErrorTemplate ALTER_DATABASE_DENIED =
      e(5011, 14, 5, "User does not have permission to alter database '%s', the database does not exist, or the"
          + " database is not in a state that allows access checks.", STATEMENT);
  public static final ErrorTemplate ALTER_DATABASE_FAILED = e(5069, 16, 1, "ALTER DATABASE statement failed.", STATEMENT);
  public static final ErrorTemplate BAD_COMPATIBILITY_LEVEL =
      e(15048, 16, 1, "Valid values of the database compatibility level are 100, 110, 120, 130, 140, 150, or 160.",
          STATEMENT);
  public static final ErrorTemplate OPTION_NOT_IN_DATABASE =
      e(5058, 16, 1, "Option '%s' cannot be set in database '%s'.", STATEMENT);
  public static final ErrorTemplate IGNORE_DUP_KEY_NONUNIQUE =
      e(1916, 16, 1, "CREATE INDEX options nonunique and ignore_dup_key are mutually exclusive.", STATEMENT);
  public static final ErrorTemplate IGNORE_DUP_KEY_FILTERED =
      e(10618, 16, 1, "Cannot create filtered index '%s' on table '%s' because the statement sets the IGNORE_DUP_KEY"
          + " option to ON. Rewrite the statement so that it does not use the IGNORE_DUP_KEY option.", STATEMENT);
  /** An INSERT dropped rows duplicating an IGNORE_DUP_KEY index's key: severity 0, once per statement. */
  public static final ErrorTemplate DUPLICATE_KEY_IGNORED = e(3604, 0, 0, "Duplicate key was ignored.", STATEMENT);
  public static final ErrorTemplate DEFAULT_COLUMN_INVALID =
      e(1752, 16, 0, "Column '%s' in table '%s' is invalid for creating a default constraint.", STATEMENT);
  public static final ErrorTemplate DEFAULT_ALREADY_BOUND =
      e(1781, 16, 1, "Column already has a DEFAULT bound to it.", STATEMENT);
  public static final ErrorTemplate OPTION_NOT_SUPPORTED =
      e(40517, 16, 1, "Keyword or statement option '%s' is not supported in this version of SQL Server.", COMPILE);
  public static final ErrorTemplate VIEW_AGGREGATES =
      e(
          4403,
          16,
          1,
          "Cannot update the view or function '%s' because it contains aggregates, or a DISTINCT or GROUP BY"
              + " clause, or PIVOT or UNPIVOT operator.",
          STATEMENT);
  public static final ErrorTemplate VIEW_MULTIPLE_TABLES =
      e(4405, 16, 1, "View or function '%s' is not updatable because the modification affects multiple base tables.",
          STATEMENT);
  public static final ErrorTemplate VIEW_DERIVED_FIELD =
      e(4406, 16, 1, "Update or insert of view or function '%s' failed because it contains a derived or constant field.",
          STATEMENT);
  public static final ErrorTemplate VIEW_CHECK_OPTION =
      e(
          550,
          16,
          1,
          "The attempted insert or update failed because the target view either specifies WITH CHECK OPTION or spans a"
              + " view that specifies WITH CHECK OPTION and one or more rows resulting from the operation did not"
              + " qualify under the CHECK OPTION constraint.",
          STATEMENT);
  public static final ErrorTemplate MERGE_SEMICOLON =
      e(10713, 15, 1, "A MERGE statement must be terminated by a semi-colon (;).", COMPILE);
  public static final ErrorTemplate MERGE_ROW_TWICE =
      e(
          8672,
          16,
          1,
          "The MERGE statement attempted to UPDATE or DELETE the same row more than once. This happens"
              + " when a target row matches more than one source row. A MERGE statement cannot"
              + " UPDATE/DELETE the same row of the target table multiple times. Refine the ON clause to"
              + " ensure a target row matches at most one source row, or use the GROUP BY clause to group"
              + " the source rows.",
          STATEMENT);
  public static final ErrorTemplate NOT_A_BUILTIN_FUNCTION =
      e(195, 15, 10, "'%s' is not a recognized built-in function name.", COMPILE);
  public static final ErrorTemplate NOT_A_SET_OPTION =
      e(195, 15, 5, "'%s' is not a recognized SET option.", COMPILE);
  public static final ErrorTemplate FUNCTION_ARG_COUNT =
      e(174, 15, 1, "The %s function requires %d argument(s).", COMPILE);
  public static final ErrorTemplate FUNCTION_ARG_RANGE =
      e(189, 15, 1, "The %s function requires %d to %d arguments.", COMPILE);
  public static final ErrorTemplate CANNOT_FIND_TYPE =
      e(2715, 16, 3, "Column, parameter, or variable #%d: Cannot find data type %s.", COMPILE);
  public static final ErrorTemplate NOT_A_SYSTEM_TYPE =
      e(243, 16, 1, "Type %s is not a defined system type.", COMPILE);
  public static final ErrorTemplate GENERATE_SERIES_TYPE =
      e(
          5373,
          16,
          2,
          "All the input parameters should be of the same type. Supported types are tinyint,"
              + " smallint, int, bigint, decimal and numeric.",
          COMPILE);
  public static final ErrorTemplate LABEL_DECLARED_TWICE =
      e(132, 15, 1, "The label '%s' has already been declared. Label names must be unique within a query batch or stored procedure.", COMPILE);
  public static final ErrorTemplate LABEL_NOT_DECLARED =
      e(133, 15, 1, "A GOTO statement references the label '%s' but the label has not been declared.", COMPILE);
  public static final ErrorTemplate BREAK_OUTSIDE_WHILE =
      e(135, 15, 1, "Cannot use a BREAK statement outside the scope of a WHILE statement.", COMPILE);
  public static final ErrorTemplate CONTINUE_OUTSIDE_WHILE =
      e(
          136,
          15,
          1,
          "Cannot use a CONTINUE statement outside the scope of a WHILE statement.",
          COMPILE);
  public static final ErrorTemplate RETURN_VALUE_NOT_ALLOWED =
      e(
          178,
          15,
          1,
          "A RETURN statement with a return value cannot be used in this context.",
          COMPILE);
  public static final ErrorTemplate ASSIGN_WITH_RETRIEVAL =
      e(
          141,
          15,
          1,
          "A SELECT statement that assigns a value to a variable must not be combined with"
              + " data-retrieval operations.",
          COMPILE);
  public static final ErrorTemplate COLUMN_NOT_PERMITTED =
      e(
          128,
          15,
          1,
          "The name \"%s\" is not permitted in this context. Valid expressions are constants,"
              + " constant expressions, and (in some contexts) variables. Column names are not"
              + " permitted.",
          COMPILE);
  public static final ErrorTemplate INVALID_OBJECT = e(208, 16, 1, "Invalid object name '%s'.", STATEMENT);
  public static final ErrorTemplate INVALID_COLUMN = e(207, 16, 1, "Invalid column name '%s'.", COMPILE);
  public static final ErrorTemplate MULTIPART_NOT_BOUND =
      e(4104, 16, 1, "The multi-part identifier \"%s\" could not be bound.", COMPILE);
  public static final ErrorTemplate NON_BOOLEAN_CONDITION =
      e(
          4145,
          15,
          1,
          "An expression of non-boolean type specified in a context where a condition is"
              + " expected, near '%s'.",
          COMPILE);
  public static final ErrorTemplate COALESCE_ARGS =
      e(
          189,
          15,
          1,
          "The coalesce function requires 2 to 2147483647 arguments.",
          COMPILE);
  public static final ErrorTemplate AGGREGATE_OPERAND_TYPE =
      e(8117, 16, 1, "Operand data type %s is invalid for %s operator.", COMPILE);
  public static final ErrorTemplate SUBQUERY_ONE_COLUMN =
      e(
          116,
          16,
          1,
          "Only one expression can be specified in the select list when the subquery is not"
              + " introduced with EXISTS.",
          COMPILE);
  public static final ErrorTemplate SUBQUERY_MULTIPLE_ROWS =
      e(
          512,
          16,
          1,
          "Subquery returned more than 1 value. This is not permitted when the subquery follows"
              + " =, !=, <, <= , >, >= or when the subquery is used as an expression.",
          STATEMENT);
  public static final ErrorTemplate SET_OPERATION_COLUMN_COUNT =
      e(
          205,
          16,
          1,
          "All queries combined using a UNION, INTERSECT or EXCEPT operator must have an equal"
              + " number of expressions in their target lists.",
          COMPILE);
  public static final ErrorTemplate ORDER_BY_NOT_IN_SET_OPERATION =
      e(
          104,
          16,
          1,
          "ORDER BY items must appear in the select list if the statement contains a UNION,"
              + " INTERSECT or EXCEPT operator.",
          COMPILE);
  public static final ErrorTemplate NOT_IN_GROUP_BY =
      e(
          8120,
          16,
          1,
          "Column '%s' is invalid in the select list because it is not contained in either an"
              + " aggregate function or the GROUP BY clause.",
          COMPILE);
  public static final ErrorTemplate AGGREGATE_IN_WHERE =
      e(
          147,
          15,
          1,
          "An aggregate may not appear in the WHERE clause unless it is in a subquery contained in"
              + " a HAVING clause or a select list, and the column being aggregated is an outer"
              + " reference.",
          COMPILE);
  public static final ErrorTemplate ORDER_BY_NOT_IN_DISTINCT =
      e(
          145,
          15,
          1,
          "ORDER BY items must appear in the select list if SELECT DISTINCT is specified.",
          COMPILE);
  public static final ErrorTemplate ORDER_BY_POSITION =
      e(
          108,
          15,
          1,
          "The ORDER BY position number %s is out of range of the number of items in the select"
              + " list.",
          COMPILE);
  public static final ErrorTemplate ORDER_BY_CONSTANT =
      e(
          408,
          16,
          1,
          "A constant expression was encountered in the ORDER BY list, position %d.",
          COMPILE);
  public static final ErrorTemplate NO_COLUMN_NAME_NEEDS_FROM =
      e(
          263,
          16,
          1,
          "Must specify table to select from.",
          COMPILE);

  // Runtime errors.
  public static final ErrorTemplate DIVIDE_BY_ZERO = e(8134, 16, 1, "Divide by zero error encountered.", STATEMENT);
  public static final ErrorTemplate CONVERSION_FAILED =
      e(245, 16, 1, "Conversion failed when converting the %s value '%s' to data type %s.", BATCH);
  public static final ErrorTemplate ERROR_CONVERTING =
      e(8114, 16, 5, "Error converting data type %s to %s.", BATCH);
  public static final ErrorTemplate IMPLICIT_CONVERSION_NOT_ALLOWED =
      e(
          257,
          16,
          3,
          "Implicit conversion from data type %s to %s is not allowed. Use the CONVERT function"
              + " to run this query.",
          COMPILE);
  public static final ErrorTemplate EXPLICIT_CONVERSION_NOT_ALLOWED =
      e(529, 16, 2, "Explicit conversion from data type %s to %s is not allowed.", COMPILE);
  public static final ErrorTemplate OPERAND_TYPE_CLASH =
      e(206, 16, 2, "Operand type clash: %s is incompatible with %s", COMPILE);
  public static final ErrorTemplate INVALID_OPERATOR_TYPES =
      e(
          402,
          16,
          1,
          "The data types %s and %s are incompatible in the %s operator.",
          COMPILE);
  public static final ErrorTemplate INVALID_UNARY_TYPE =
      e(8117, 16, 1, "Operand data type %s is invalid for %s operator.", COMPILE);
  public static final ErrorTemplate ARITH_OVERFLOW =
      e(8115, 16, 2, "Arithmetic overflow error converting %s to data type %s.", STATEMENT);
  public static final ErrorTemplate DATABASE_NOT_EXIST =
      e(911, 16, 1, "Database '%s' does not exist. Make sure that the name is entered correctly.", STATEMENT);
  public static final ErrorTemplate USER_CONNECTIONS_REACHED =
      e(17809, 20, 1, "Could not connect because the maximum number of '%d' user connections has already been reached."
          + " The system administrator can use sp_configure to increase the maximum value. The connection has been closed.",
          BATCH);
  public static final ErrorTemplate CANNOT_OPEN_DATABASE =
      e(4060, 11, 1, "Cannot open database \"%s\" requested by the login. The login failed.", STATEMENT);
  public static final ErrorTemplate CHANGED_DATABASE = e(5701, 0, 2, "Changed database context to '%s'.", STATEMENT);
  public static final ErrorTemplate CHANGED_LANGUAGE = e(5703, 0, 1, "Changed language setting to %s.", STATEMENT);
  // Number unverified against sys.messages (noted in the engine's package-info).
  public static final ErrorTemplate UNKNOWN_LANGUAGE =
      e(2731, 16, 1, "'%s' is not an officially supported language.", STATEMENT);
  public static final ErrorTemplate INVALID_DATEFORMAT =
      e(2741, 16, 1, "SET DATEFORMAT date order '%s' is invalid.", STATEMENT);
  public static final ErrorTemplate INVALID_DATEFIRST =
      e(2742, 16, 1, "SET DATEFIRST %d is out of range.", STATEMENT);

  // Procedures and parameters.
  public static final ErrorTemplate KILL_OWN_PROCESS =
      e(6104, 16, 1, "Cannot use KILL to kill your own process.", STATEMENT);
  public static final ErrorTemplate KILL_NOT_ACTIVE =
      e(6106, 16, 2, "Process ID %d is not an active process ID.", STATEMENT);
  public static final ErrorTemplate KILL_SYSTEM_PROCESS =
      e(6107, 14, 1, "Only user processes can be killed.", STATEMENT);
  public static final ErrorTemplate PROC_NOT_FOUND =
      e(2812, 16, 62, "Could not find stored procedure '%s'.", STATEMENT);
  // Application locks (sp_getapplock, sp_releaseapplock, APPLOCK_MODE, APPLOCK_TEST): the errors
  // of sys.xp_userlock, the extended procedure SQL Server's procedures call, which the texts name.
  public static final ErrorTemplate APPLOCK_NOT_HELD =
      e(1223, 16, 1, "Cannot release the application lock (Database Principal: '%s', Resource: '%s') because it is not currently held.", STATEMENT);
  public static final ErrorTemplate APPLOCK_INVALID_RESOURCE =
      e(1224, 16, 5, "An invalid application lock resource was passed to %s.", STATEMENT);
  public static final ErrorTemplate APPLOCK_INVALID_MODE =
      e(1225, 16, 3, "An invalid application lock mode was passed to %s.", STATEMENT);
  public static final ErrorTemplate APPLOCK_INVALID_OWNER =
      e(1226, 16, 1, "An invalid application lock owner was passed to %s.", STATEMENT);
  public static final ErrorTemplate APPLOCK_INVALID_TIMEOUT =
      e(1227, 16, 2, "An invalid application lock time-out was passed to %s.", STATEMENT);
  public static final ErrorTemplate APPLOCK_INVALID_PRINCIPAL =
      e(1230, 16, 1, "An invalid database principal was passed to %s.", STATEMENT);
  public static final ErrorTemplate PRINCIPAL_NOT_MEMBER =
      e(1202, 16, 1, "The database-principal '%s' does not exist or user is not a member.", STATEMENT);
  public static final ErrorTemplate NEEDS_USER_TRANSACTION =
      e(3918, 16, 1, "The statement or function must be executed in the context of a user transaction.", STATEMENT);
  /** Informational (severity 10): sp_getapplock and sp_releaseapplock return -999 after it. */
  public static final ErrorTemplate OPTION_NOT_RECOGNIZED =
      e(15625, 10, 1, "Option '%s' not recognized for '%s' parameter.", STATEMENT);
  /** Informational (severity 10): sp_getapplock returns -999 after it. */
  public static final ErrorTemplate APPLOCK_NEEDS_TRANSACTION =
      e(15626, 10, 1, "You attempted to acquire a transactional application lock without an active transaction.", STATEMENT);

  public static final ErrorTemplate PROC_EXPECTS_PARAMETER =
      e(
          201,
          16,
          4,
          "Procedure or function '%s' expects parameter '%s', which was not supplied.",
          STATEMENT);
  public static final ErrorTemplate PARAMETERIZED_QUERY_EXPECTS =
      e(
          8178,
          16,
          1,
          "The parameterized query '%s' expects the parameter '%s', which was not supplied.",
          STATEMENT);
  /** sys.fn_trace_gettable of a file that is not a trace file Quern can read (it writes none). */
  public static final ErrorTemplate TRACE_FILE_NOT_FOUND =
      e(567, 16, 9, "File '%s' either does not exist or is not a recognizable trace file. Or there was an error opening the file.", STATEMENT);
  public static final ErrorTemplate TOO_MANY_ARGUMENTS =
      e(8144, 16, 2, "Procedure or function %s has too many arguments specified.", STATEMENT);
  public static final ErrorTemplate NOT_A_PARAMETER =
      e(8145, 16, 2, "%s is not a parameter for procedure %s.", STATEMENT);
  public static final ErrorTemplate PROC_EXPECTS_TYPE =
      e(214, 16, 2, "Procedure expects parameter '%s' of type '%s'.", STATEMENT);
  public static final ErrorTemplate NOT_OUTPUT_PARAMETER =
      e(
          8162,
          16,
          2,
          "The formal parameter \"%s\" was not declared as an OUTPUT parameter, but the actual"
              + " parameter passed in requested output.",
          STATEMENT);
  // OPENXML and its documents.
  public static final ErrorTemplate XML_PARSE_DESCRIPTION = e(6602, 16, 2, "The error description is '%s'.", STATEMENT);
  public static final ErrorTemplate XML_PARSING_ERROR = e(6603, 16, 2, "XML parsing error: %s", STATEMENT);
  public static final ErrorTemplate XML_PARAMETER_INVALID =
      e(6607, 16, 3, "%s: The value supplied for parameter number %d is invalid.", STATEMENT);
  public static final ErrorTemplate PREPARED_HANDLE_NOT_FOUND =
      e(8179, 16, 2, "Could not find prepared statement with handle %d.", STATEMENT);
  public static final ErrorTemplate NAMED_AFTER_POSITIONAL =
      e(
          119,
          15,
          1,
          "Must pass parameter number %d and subsequent parameters as '@name = value'. After the"
              + " form '@name = value' has been used, all subsequent parameters must be passed in"
              + " the form '@name = value'.",
          STATEMENT);
  public static final ErrorTemplate STATEMENTS_NOT_PREPARED =
      e(8180, 16, 1, "Statement(s) could not be prepared.", STATEMENT);

  // Transactions.
  public static final ErrorTemplate COMMIT_WITHOUT_BEGIN =
      e(3902, 16, 1, "The COMMIT TRANSACTION request has no corresponding BEGIN TRANSACTION.", STATEMENT);
  public static final ErrorTemplate ROLLBACK_WITHOUT_BEGIN =
      e(
          3903,
          16,
          1,
          "The ROLLBACK TRANSACTION request has no corresponding BEGIN TRANSACTION.",
          STATEMENT);
  public static final ErrorTemplate NO_SAVEPOINT =
      e(
          6401,
          16,
          1,
          "Cannot roll back %s. No transaction or savepoint of that name was found.",
          STATEMENT);
  public static final ErrorTemplate SAVE_WITHOUT_TRANSACTION =
      e(
          628,
          16,
          0,
          "Cannot issue SAVE TRANSACTION when there is no active transaction.",
          STATEMENT);
  public static final ErrorTemplate TRANCOUNT_MISMATCH =
      e(
          266,
          16,
          2,
          "Transaction count after EXECUTE indicates a mismatching number of BEGIN and COMMIT"
              + " statements. Previous count = %d, current count = %d.",
          STATEMENT);
  public static final ErrorTemplate UNCOMMITTABLE =
      e(
          3930,
          16,
          1,
          "The current transaction cannot be committed and cannot support operations that write"
              + " to the log file. Roll back the transaction.",
          STATEMENT);

  // RAISERROR / THROW.
  public static final ErrorTemplate TOO_MANY_SUBSTITUTIONS =
      e(2747, 16, 1, "Too many substitution parameters for RAISERROR. Cannot exceed 20 substitution parameters.", COMPILE);
  public static final ErrorTemplate SUBSTITUTION_TYPE_NOT_ALLOWED =
      e(2748, 16, 1, "Cannot specify %s data type (parameter %d) as a substitution parameter.", STATEMENT);
  public static final ErrorTemplate SUBSTITUTION_TYPE_MISMATCH =
      e(2786, 16, 1, "The data type of substitution parameter %d does not match the expected type of the format specification.", STATEMENT);
  public static final ErrorTemplate INVALID_FORMAT_SPECIFICATION =
      e(2787, 16, 1, "Invalid format specification: '%s'.", STATEMENT);
  public static final ErrorTemplate RAISERROR_NUMBER_RANGE =
      e(2732, 16, 1, "Error number %d is invalid. The number must be from %d through %d.", STATEMENT);
  public static final ErrorTemplate THROW_NUMBER_RANGE =
      e(
          35100,
          16,
          10,
          "Error number %d in the THROW statement is outside the valid range. Specify an error"
              + " number in the valid range of 50000 to 2147483647.",
          STATEMENT);
  public static final ErrorTemplate THROW_STATE_RANGE =
      e(
          35100,
          16,
          10,
          "State %d in the THROW statement is outside the valid range. Specify a state in the"
              + " valid range of 0 to 255.",
          STATEMENT);
  public static final ErrorTemplate THROW_OUTSIDE_CATCH =
      e(
          10704,
          15,
          1,
          "To rethrow an error, a THROW statement must be used inside a CATCH block. Insert the"
              + " THROW statement inside a CATCH block, or add error parameters to the THROW"
              + " statement.",
          COMPILE);
  public static final ErrorTemplate RAISERROR_SEVERITY_LOG =
      e(
          2754,
          16,
          1,
          "Error severity levels greater than 18 can only be specified by members of the sysadmin"
              + " role, using the WITH LOG option.",
          STATEMENT);
  public static final ErrorTemplate MESSAGE_NOT_FOUND =
      e(18054, 16, 1, "Error %d, severity %d, state %d was raised, but no message with that error number was found in sys.messages. If error is larger than 50000, make sure the user-defined message is added using sp_addmessage.", STATEMENT);
  public static final ErrorTemplate INVALID_WAITFOR =
      e(148, 15, 1, "Incorrect time syntax in time string '%s' used with WAITFOR.", STATEMENT);
  public static final ErrorTemplate INVALID_GENERATE_SERIES_STEP =
      e(4199, 16, 1, "Argument value 0 is invalid for argument 3 of generate_series function.", STATEMENT);
  public static final ErrorTemplate INVALID_TOP =
      e(1060, 15, 1, "The number of rows in the TOP clause must be an integer.", STATEMENT);
  public static final ErrorTemplate NEGATIVE_TOP =
      e(1014, 16, 1, "A TOP or FETCH clause contains an invalid value.", STATEMENT);
  public static final ErrorTemplate NEGATIVE_OFFSET =
      e(10742, 16, 1, "The offset specified in a OFFSET clause may not be negative.", STATEMENT);
  public static final ErrorTemplate NEGATIVE_FETCH =
      e(10744, 16, 1, "The number of rows provided for a FETCH clause must be greater then zero.", STATEMENT);
  public static final ErrorTemplate NULL_ELIMINATED =
      e(8153, 10, 1, "Warning: Null value is eliminated by an aggregate or other SET operation.", STATEMENT);
  /** A request of a session KILL ended: its client learns so even when the close comes later. */
  public static final ErrorTemplate KILL_STATE =
      e(596, 21, 1, "Cannot continue the execution because the session is in the kill state.", Abort.STATEMENT);

  public static final ErrorTemplate INTERNAL_ERROR =
      e(
          8630,
          16,
          1,
          "Internal Query Processor Error: The query processor encountered an unexpected error"
              + " during execution.",
          BATCH);
  public static final ErrorTemplate USER_ERROR = e(50000, 16, 1, "%s", STATEMENT);
  /** The parser ran out of stack (a Java StackOverflowError): a compile error, nothing ran. */
  public static final ErrorTemplate NESTED_TOO_DEEPLY =
      e(191, 15, 1, "Some part of your SQL statement is nested too deeply. Rewrite the query or break it up into smaller queries.", COMPILE);
  /**
   * Binding, planning or running ran out of stack (a Java StackOverflowError). The batch ends and
   * the open transaction is rolled back (see Interpreter): severity 17, a resource error.
   */
  /**
   * A Java OutOfMemoryError in a statement (e.g. REPLICATE asked for 2 GB). The batch ends and the
   * open transaction is rolled back, as for 8631. The state is a decision: SQL Server's vary.
   */
  public static final ErrorTemplate OUT_OF_MEMORY =
      e(701, 17, 1, "There is insufficient system memory in resource pool '%s' to run this query.", BATCH);
  public static final ErrorTemplate STACK_LIMIT =
      e(8631, 17, 1, "Internal error: Server stack limit has been reached. Please look for potentially deep nesting in your query, and try to simplify it.", BATCH);
  /** A name past 128 characters (the lexer reads it; the message quotes its first 128). */
  public static final ErrorTemplate IDENTIFIER_TOO_LONG =
      e(103, 15, 4, "The identifier that starts with '%s' is too long. Maximum length is 128.", COMPILE);
  /** A query whose binding would inline more table references than Quern allows (see LearnedSources). */
  public static final ErrorTemplate QUERY_TOO_COMPLEX =
      e(8623, 16, 1, "The query processor ran out of internal resources and could not produce a query plan. This is a rare event and only expected for extremely complex queries or queries that reference a very large number of tables or partitions. Please simplify the query. If you believe you have received this message in error, contact Customer Support Services for more information.", STATEMENT);

  // GROUP BY grouping sets (ROLLUP, CUBE, GROUPING SETS) and GROUPING()/GROUPING_ID().
  public static final ErrorTemplate GROUPING_WITHOUT_GROUP_BY =
      e(8160, 15, 1, "A GROUPING or GROUPING_ID function can only be specified when there is a GROUP BY clause.", COMPILE);
  public static final ErrorTemplate GROUPING_ARGUMENT_NOT_KEY =
      e(8161, 15, 1, "Argument %d of the %s function does not match any of the expressions in the GROUP BY clause.", COMPILE);
  public static final ErrorTemplate LEGACY_ROLLUP_WITH_SETS =
      e(10703, 15, 1, "The WITH CUBE and WITH ROLLUP options are not permitted with a ROLLUP, CUBE, or GROUPING SETS specification.", COMPILE);
  public static final ErrorTemplate TOO_MANY_GROUPING_SETS =
      e(10705, 15, 1, "Too many grouping sets. The maximum number is %d.", COMPILE);
  public static final ErrorTemplate TOO_MANY_GROUPING_EXPRESSIONS =
      e(10707, 15, 1, "Too many expressions are specified in the GROUP BY clause. The maximum number is %d when grouping sets are supplied.", COMPILE);

  // Server configuration (sp_configure, RECONFIGURE).
  public static final ErrorTemplate CONFIG_OPTION_UNKNOWN =
      e(15123, 16, 1, "The configuration option '%s' does not exist, or it may be an advanced option.", STATEMENT);
  public static final ErrorTemplate CONFIG_OPTION_NOT_UNIQUE =
      e(15124, 16, 1, "The configuration option '%s' is not unique.", STATEMENT);
  public static final ErrorTemplate CONFIG_VALUE_INVALID =
      e(15129, 16, 1, "'%s' is not a valid value for configuration option '%s'.", STATEMENT);
  public static final ErrorTemplate NOT_IN_USER_TRANSACTION =
      e(574, 16, 0, "%s statement cannot be used inside a user transaction.", STATEMENT);
  public static final ErrorTemplate CONFIG_OPTION_CHANGED =
      e(15457, 0, 1, "Configuration option '%s' changed from %s to %s. Run the RECONFIGURE statement to install.", STATEMENT);

  // Resource governor, external resource pools (ml-services.md §6; texts from the sys.messages
  // table of SQL Server's docs, "Database engine events and errors 10000 to 10999"; %S_MSG filled
  // with "external resource pool").
  public static final ErrorTemplate RG_NO_PERMISSION =
      e(10902, 16, 1, "User does not have permission to alter the resource governor configuration.", STATEMENT);
  /**
   * A value above its range: SQL Server's message for one attribute greater than another, the
   * other being the option's maximum (the docs give no text of their own for this case).
   */
  public static final ErrorTemplate RG_VALUE_GREATER =
      e(10908, 16, 1, "Attribute '%s' with value of %d is greater than attribute '%s' with value of %d.", STATEMENT);
  public static final ErrorTemplate RG_VALUE_LESS =
      e(10909, 16, 1, "Attribute '%s' with value of %d is less than attribute '%s' with value of %d.", STATEMENT);
  public static final ErrorTemplate RG_TOO_MANY_POOLS =
      e(10910, 16, 1, "The resource pool cannot be created. The maximum number of resource pools cannot exceed"
          + " current limit of %d including predefined resource pools.", STATEMENT);
  public static final ErrorTemplate RG_POOL_NOT_FOUND =
      e(10912, 16, 1, "Requested operation cannot be performed because the resource pool '%s' does not exist.", STATEMENT);
  public static final ErrorTemplate RG_DROP_PREDEFINED =
      e(10913, 16, 1, "The operation could not be completed. Dropping predefined %s is not allowed.", STATEMENT);
  public static final ErrorTemplate RG_ALTER_PREDEFINED =
      e(10916, 16, 1, "The operation could not be completed. Altering '%s' %s is not allowed.", STATEMENT);
  public static final ErrorTemplate RG_POOL_IN_USE =
      e(10917, 16, 1, "Cannot drop resource pool '%s' because it contains workload group '%s'. Drop or remove"
          + " all workload groups using this resource pool before dropping it.", STATEMENT);
  public static final ErrorTemplate RG_ALTER_GROUP_NOTHING =
      e(10918, 16, 1, "ALTER WORKLOAD GROUP failed. Either a 'WITH' or 'USING' clause must be specified.", STATEMENT);
  public static final ErrorTemplate RG_EXISTS =
      e(10919, 16, 1, "Cannot create %s '%s' because it already exists.", STATEMENT);
  public static final ErrorTemplate RG_GROUP_NOT_FOUND =
      e(15151, 16, 1, "Cannot %s the workload group '%s', because it does not exist or you do not have permission.", STATEMENT);
  public static final ErrorTemplate RG_CLASSIFIER_NOT_FOUND =
      e(10903, 16, 1, "User-defined function '%s' does not exist in master database, or the user does not have"
          + " permission to access it.", STATEMENT);
  public static final ErrorTemplate RG_CLASSIFIER_IN_USE =
      e(10921, 16, 1, "Cannot %s user-defined function '%s'. It is being used as a resource governor classifier.", STATEMENT);
  public static final ErrorTemplate RG_CLASSIFIER_INVALID =
      e(10907, 16, 1, "The object '%s'.'%s' is not a valid resource governor classifier user-defined function."
          + " A valid classifier user-defined function must be schema-bound, return sysname, and have no parameters.",
          STATEMENT);

  // External scripts (ml-services.md §1.4, §1.6).
  public static final ErrorTemplate EXTERNAL_SCRIPTS_DISABLED =
      e(
          39023,
          16,
          1,
          "'sp_execute_external_script' is disabled on this instance of SQL Server. Use sp_configure"
              + " 'external scripts enabled' to enable it.",
          STATEMENT);
  public static final ErrorTemplate NO_PERMISSION =
      e(297, 16, 101, "The user does not have permission to perform this action.", STATEMENT);
  /** Never reaches a client: ends an @input_data_1 query whose reader has gone. */
  public static final ErrorTemplate EXTERNAL_INPUT_ABANDONED =
      e(3980, 16, 1, "The request failed to run because the batch is aborted.", BATCH);
  public static final ErrorTemplate EXTERNAL_INPUT_NOT_SELECT =
      e(39019, 16, 2, "An external script error occurred: \n@input_data_1 must be a single SELECT statement.", STATEMENT);
  public static final ErrorTemplate RESULT_SETS_TOO_MANY =
      e(
          11535,
          16,
          1,
          "EXECUTE statement failed because its WITH RESULT SETS clause specified %s result set(s),"
              + " and the statement tried to send more result sets than this.",
          STATEMENT);
  public static final ErrorTemplate RESULT_SETS_TOO_FEW =
      e(
          11536,
          16,
          1,
          "EXECUTE statement failed because its WITH RESULT SETS clause specified %s result set(s),"
              + " but the statement only sent %s result set(s) at run time.",
          STATEMENT);
  public static final ErrorTemplate RESULT_SETS_COLUMN_COUNT =
      e(
          11537,
          16,
          1,
          "EXECUTE statement failed because its WITH RESULT SETS clause specified %s column(s) for"
              + " result set number %s, but the statement sent %s column(s) at run time.",
          STATEMENT);
  public static final ErrorTemplate RESULT_SETS_NO_CONVERSION =
      e(
          11538,
          16,
          1,
          "EXECUTE statement failed because its WITH RESULT SETS clause specified type '%s' for"
              + " column #%s in result set #%s, and the corresponding type sent at run time was"
              + " '%s'; there is no conversion between the two types.",
          STATEMENT);

  // Tables, constraints and storage (issue 3).
  public static final ErrorTemplate DUPLICATE_KEY_CONSTRAINT =
      e(
          2627,
          14,
          1,
          "Violation of %s constraint '%s'. Cannot insert duplicate key in object '%s'. The duplicate"
              + " key value is (%s).",
          STATEMENT);
  public static final ErrorTemplate DUPLICATE_KEY_INDEX =
      e(
          2601,
          14,
          1,
          "Cannot insert duplicate key row in object '%s' with unique index '%s'. The duplicate key"
              + " value is (%s).",
          STATEMENT);
  public static final ErrorTemplate NULL_NOT_ALLOWED =
      e(
          515,
          16,
          2,
          "Cannot insert the value NULL into column '%s', table '%s'; column does not allow nulls. %s"
              + " fails.",
          STATEMENT);
  public static final ErrorTemplate STRING_TRUNCATED =
      e(
          2628,
          16,
          1,
          "String or binary data would be truncated in table '%s', column '%s'. Truncated value:"
              + " '%s'.",
          STATEMENT);
  public static final ErrorTemplate IDENTITY_FUNCTION_WITHOUT_INTO =
      e(177, 15, 1, "The IDENTITY function can only be used when the SELECT statement has an INTO clause.", COMPILE);
  public static final ErrorTemplate SELECT_INTO_TWO_IDENTITIES =
      e(8108, 16, 1, "Cannot add identity column, using the SELECT INTO statement, to table '%s', which already has"
          + " column '%s' that inherits the identity property.", STATEMENT);
  public static final ErrorTemplate SELECT_INTO_UNNAMED_COLUMN =
      e(
          1038,
          15,
          5,
          "An object or column name is missing or empty. For SELECT INTO statements, verify each"
              + " column has a name. For other statements, look for empty alias names. Aliases"
              + " defined as \"\" or [] are not allowed. Change the alias to a valid name.",
          COMPILE);
  public static final ErrorTemplate MUST_DECLARE_TABLE_VARIABLE =
      e(1087, 15, 2, "Must declare the table variable \"%s\".", COMPILE);
  public static final ErrorTemplate OBJECT_EXISTS =
      e(2714, 16, 6, "There is already an object named '%s' in the database.", STATEMENT);
  public static final ErrorTemplate DATABASE_EXISTS =
      e(1801, 16, 3, "Database '%s' already exists. Choose a different database name.", STATEMENT);
  public static final ErrorTemplate CANNOT_DROP =
      e(
          3701,
          11,
          5,
          "Cannot drop the %s '%s', because it does not exist or you do not have permission.",
          STATEMENT);
  public static final ErrorTemplate CANNOT_DROP_DATABASE =
      e(
          3701,
          11,
          1,
          "Cannot drop the database '%s', because it does not exist or you do not have permission.",
          STATEMENT);
  public static final ErrorTemplate IDENTITY_INSERT_OFF =
      e(
          544,
          16,
          1,
          "Cannot insert explicit value for identity column in table '%s' when IDENTITY_INSERT is set"
              + " to OFF.",
          STATEMENT);
  public static final ErrorTemplate IDENTITY_UPDATE = e(8102, 16, 1, "Cannot update identity column '%s'.", STATEMENT);
  public static final ErrorTemplate ROWVERSION_UPDATE = e(272, 16, 1, "Cannot update a timestamp column.", STATEMENT);
  public static final ErrorTemplate ROWVERSION_EXPLICIT_INSERT =
      e(273, 16, 1, "Cannot insert an explicit value into a timestamp column. Use INSERT with a column list to"
          + " exclude the timestamp column, or insert a DEFAULT into the timestamp column.", STATEMENT);
  public static final ErrorTemplate SECOND_ROWVERSION =
      e(2738, 16, 2, "A table can only have one timestamp column. Because table '%s' already has one, the column"
          + " '%s' cannot be added.", STATEMENT);
  public static final ErrorTemplate ROWVERSION_DEFAULT =
      e(1755, 16, 0, "Defaults cannot be created on columns of data type timestamp. Table '%s', column '%s'.",
          STATEMENT);
  public static final ErrorTemplate INSERT_MORE_VALUES =
      e(
          110,
          15,
          1,
          "There are fewer columns in the INSERT statement than values specified in the VALUES"
              + " clause. The number of values in the VALUES clause must match the number of columns"
              + " specified in the INSERT statement.",
          STATEMENT);
  public static final ErrorTemplate INSERT_MORE_COLUMNS =
      e(
          109,
          15,
          1,
          "There are more columns in the INSERT statement than values specified in the VALUES"
              + " clause. The number of values in the VALUES clause must match the number of columns"
              + " specified in the INSERT statement.",
          STATEMENT);
  public static final ErrorTemplate VALUES_MISMATCH =
      e(213, 16, 1, "Column name or number of supplied values does not match table definition.", STATEMENT);
  public static final ErrorTemplate COLUMN_LISTED_TWICE =
      e(
          264,
          16,
          1,
          "The column name '%s' is specified more than once in the SET clause or column list of an"
              + " INSERT. A column cannot be assigned more than one value in the same clause. Modify"
              + " the clause to make sure that a column is updated only once. If this statement"
              + " updates or inserts columns into a view, column aliasing can conceal the duplication"
              + " in your code.",
          STATEMENT);
  public static final ErrorTemplate DUPLICATE_COLUMN_NAME =
      e(
          2705,
          16,
          3,
          "Column names in each table must be unique. Column name '%s' in table '%s' is specified"
              + " more than once.",
          STATEMENT);
  public static final ErrorTemplate SECOND_PRIMARY_KEY =
      e(
          8110,
          16,
          0,
          "Cannot add multiple PRIMARY KEY constraints to table '%s'.",
          STATEMENT);
  public static final ErrorTemplate NULLABLE_PRIMARY_KEY =
      e(
          8111,
          16,
          1,
          "Cannot define PRIMARY KEY constraint on nullable column in table '%s'.",
          STATEMENT);
  public static final ErrorTemplate CONSTRAINT_FAILED =
      e(1750, 16, 0, "Could not create constraint or index. See previous errors.", STATEMENT);
  public static final ErrorTemplate KEY_COLUMN_MISSING =
      e(
          1911,
          16,
          1,
          "Column name '%s' does not exist in the target table or view.",
          STATEMENT);
  public static final ErrorTemplate CREATE_DATABASE_IN_TRANSACTION =
      e(226, 16, 6, "CREATE DATABASE statement not allowed within multi-statement transaction.", STATEMENT);
  public static final ErrorTemplate DROP_DATABASE_IN_TRANSACTION =
      e(226, 16, 6, "DROP DATABASE statement not allowed within multi-statement transaction.", STATEMENT);
  public static final ErrorTemplate CANNOT_DROP_SYSTEM_DATABASE =
      e(3708, 16, 1, "Cannot drop the database '%s' because it is a system database.", STATEMENT);
  // ALTER DATABASE … COLLATE ("Set or change the database collation").
  public static final ErrorTemplate ALTER_DATABASE_IN_TRANSACTION =
      e(226, 16, 6, "ALTER DATABASE statement not allowed within multi-statement transaction.", STATEMENT);
  public static final ErrorTemplate CANNOT_ALTER_SYSTEM_DATABASE =
      e(3708, 16, 5, "Cannot alter the database '%s' because it is a system database.", STATEMENT);
  public static final ErrorTemplate DATABASE_NOT_EXCLUSIVE =
      e(5030, 16, 2, "The database could not be exclusively locked to perform the operation.", STATEMENT);
  public static final ErrorTemplate DEPENDS_ON_DATABASE_COLLATION =
      e(5075, 16, 1, "The %s '%s' is dependent on database collation. The database collation cannot be changed if a"
          + " schema-bound object depends on it. Remove the dependencies on the database collation and then retry"
          + " the operation.", STATEMENT);
  public static final ErrorTemplate DATABASE_COLLATION_NOT_SET =
      e(5072, 16, 1, "ALTER DATABASE failed. The default collation of database '%s' cannot be set to %s.", STATEMENT);
  public static final ErrorTemplate DATABASE_IN_USE =
      e(3702, 16, 4, "Cannot drop database \"%s\" because it is currently in use.", STATEMENT);
  public static final ErrorTemplate INVALID_SCHEMA =
      e(
          2760,
          16,
          1,
          "The specified schema name \"%s\" either does not exist or you do not have permission to"
              + " use it.",
          STATEMENT);
  public static final ErrorTemplate CANNOT_FIND_OBJECT =
      e(
          4701,
          16,
          1,
          "Cannot find the object \"%s\" because it does not exist or you do not have permissions.",
          STATEMENT);
  public static final ErrorTemplate CHECK_CONFLICT =
      e(
          547,
          16,
          0,
          "The %s statement conflicted with the CHECK constraint \"%s\". The conflict occurred in"
              + " database \"%s\", table \"%s\"%s.",
          STATEMENT);
  public static final ErrorTemplate IDENTITY_INSERT_NEEDS_LIST =
      e(
          8101,
          16,
          1,
          "An explicit value for the identity column in table '%s' can only be specified when a"
              + " column list is used and IDENTITY_INSERT is ON.",
          STATEMENT);
  public static final ErrorTemplate IDENTITY_VALUE_REQUIRED =
      e(
          545,
          16,
          1,
          "Explicit value must be specified for identity column in table '%s' either when"
              + " IDENTITY_INSERT is set to ON or when a replication user is inserting into a NOT FOR"
              + " REPLICATION identity column.",
          STATEMENT);
  public static final ErrorTemplate NO_IDENTITY_PROPERTY =
      e(
          8106,
          16,
          1,
          "Table '%s' does not have the identity property. Cannot perform SET operation.",
          STATEMENT);
  public static final ErrorTemplate IDENTITY_INSERT_ALREADY_ON =
      e(
          8107,
          16,
          1,
          "IDENTITY_INSERT is already ON for table '%s'. Cannot perform SET operation for table"
              + " '%s'.",
          STATEMENT);
  public static final ErrorTemplate DUPLICATE_KEY_CREATE_INDEX =
      e(
          1505,
          16,
          1,
          "The CREATE UNIQUE INDEX statement terminated because a duplicate key was found for the"
              + " object name '%s' and the index name '%s'. The duplicate key value is (%s).",
          STATEMENT);
  public static final ErrorTemplate INDEX_EXISTS =
      e(
          1913,
          16,
          1,
          "The operation failed because an index or statistics with name '%s' already exists on"
              + " table '%s'.",
          STATEMENT);
  public static final ErrorTemplate SECOND_CLUSTERED_INDEX =
      e(
          1902,
          16,
          3,
          "Cannot create more than one clustered index on table '%s'. Drop the existing clustered"
              + " index '%s' before creating another.",
          STATEMENT);
  public static final ErrorTemplate CANNOT_DROP_INDEX =
      e(
          3701,
          11,
          7,
          "Cannot drop the index '%s', because it does not exist or you do not have permission.",
          STATEMENT);
  public static final ErrorTemplate DROP_CONSTRAINT_INDEX =
      e(
          3723,
          16,
          4,
          "An explicit DROP INDEX is not allowed on index '%s'. It is being used for %s constraint"
              + " enforcement.",
          STATEMENT);
  public static final ErrorTemplate VIEW_COLUMN_UNNAMED =
      e(
          4511,
          16,
          1,
          "Create View or Function failed because no column name was specified for column %s.",
          STATEMENT);
  public static final ErrorTemplate DUPLICATE_CTE_NAME =
      e(239, 16, 1, "Duplicate common table expression name '%s' was specified.", COMPILE);
  public static final ErrorTemplate DERIVED_COLUMN_UNNAMED =
      e(8155, 16, 2, "No column name was specified for column %s of '%s'.", STATEMENT);
  public static final ErrorTemplate DERIVED_COLUMN_TWICE =
      e(8156, 16, 1, "The column '%s' was specified multiple times for '%s'.", STATEMENT);
  public static final ErrorTemplate DERIVED_MORE_COLUMNS =
      e(8158, 16, 1, "'%s' has more columns than were specified in the column list.", STATEMENT);
  public static final ErrorTemplate ORDER_BY_IN_DERIVED =
      e(
          1033,
          15,
          1,
          "The ORDER BY clause is invalid in views, inline functions, derived tables, subqueries, and"
              + " common table expressions, unless TOP, OFFSET or FOR XML is also specified.",
          STATEMENT);
  public static final ErrorTemplate MAXRECURSION_RANGE =
      e(310, 15, 1, "The value %s specified for the MAXRECURSION option exceeds the allowed maximum of 32767.", COMPILE);
  public static final ErrorTemplate NO_ANCHOR_MEMBER =
      e(246, 16, 1, "No anchor member was found in recursive query \"%s\".", STATEMENT);
  public static final ErrorTemplate RECURSIVE_WITHOUT_UNION_ALL =
      e(252, 16, 1, "Recursive common table expression '%s' does not contain a top-level UNION ALL operator.", STATEMENT);
  public static final ErrorTemplate RECURSIVE_TYPES_DIFFER =
      e(
          240,
          16,
          1,
          "Types don't match between the anchor and the recursive part in column \"%s\" of recursive query \"%s\".",
          STATEMENT);
  public static final ErrorTemplate RECURSIVE_REFERENCE_IN_SUBQUERY =
      e(465, 16, 1, "Recursive references are not allowed in subqueries.", STATEMENT);
  public static final ErrorTemplate MAXRECURSION_EXHAUSTED =
      e(530, 16, 1, "The statement terminated. The maximum recursion %s has been exhausted before statement completion.", STATEMENT);
  public static final ErrorTemplate HELPTEXT_NO_OBJECT =
      e(15009, 16, 1, "The object '%s' does not exist in database '%s' or is invalid for this operation.", STATEMENT);
  public static final ErrorTemplate INVALID_COLLATION =
      e(448, 16, 1, "Invalid collation '%s'.", COMPILE);
  public static final ErrorTemplate COLLATE_INVALID_TYPE =
      e(447, 16, 1, "Expression type %s is invalid for COLLATE clause.", COMPILE);
  public static final ErrorTemplate COLLATION_CONFLICT =
      e(468, 16, 9, "Cannot resolve the collation conflict between \"%s\" and \"%s\" in the %s operation.", COMPILE);
  public static final ErrorTemplate QUALIFIER_NOT_CURRENT_DATABASE =
      e(15250, 16, 1, "The database name component of the object qualifier must be the name of the current database.", STATEMENT);
  /** sp_helptext of a module created WITH ENCRYPTION. */
  public static final ErrorTemplate HELPTEXT_ENCRYPTED = e(15471, 10, 1, "The text for object '%s' is encrypted.", STATEMENT);
  public static final ErrorTemplate HELPTEXT_NO_TEXT =
      e(15197, 16, 1, "There is no text for object '%s'.", STATEMENT);
  // Dependencies and database help (sys.dm_sql_referenced_entities, sp_depends, sp_helpdb).
  public static final ErrorTemplate DEPENDENCIES_INCOMPLETE =
      e(2020, 16, 1, "The dependencies reported for entity \"%s\" might not include references to all columns. This is"
          + " either because the entity references an object that does not exist or because of an error in one or"
          + " more statements in the entity.  Before rerunning the query, ensure that there are no errors in the"
          + " entity and that all objects referenced by the entity exist.", STATEMENT);
  public static final ErrorTemplate DATABASE_NOT_FOUND_HELP =
      e(15010, 16, 1, "The database '%s' does not exist. Supply a valid database name. To see available databases,"
          + " use sys.databases.", STATEMENT);
  public static final ErrorTemplate NESTING_TOO_DEEP =
      e(217, 16, 1, "Maximum stored procedure, function, trigger, or view nesting level exceeded (limit 32).", BATCH);
  public static final ErrorTemplate FUNCTION_NOT_FIRST =
      e(111, 15, 1, "'CREATE FUNCTION' must be the first statement in a query batch.", COMPILE);
  public static final ErrorTemplate INVALID_FUNCTION_OPTION =
      e(487, 16, 1, "An invalid option was specified for the statement \"CREATE/ALTER FUNCTION\".", COMPILE);
  /** State 15 for a statement (INSERT, BEGIN TRANSACTION, SET …), 14 for PRINT and the like, 1 for NEWID/RAND. */
  public static final ErrorTemplate SIDE_EFFECTING_IN_FUNCTION =
      e(443, 16, 15, "Invalid use of a side-effecting operator '%s' within a function.", COMPILE);
  /** State 2 when the query reads rows (FROM, a set operator), 3 for computed values only. */
  public static final ErrorTemplate SELECT_IN_FUNCTION =
      e(444, 16, 2, "Select statements included within a function cannot return data to a client.", COMPILE);
  public static final ErrorTemplate FUNCTION_LAST_NOT_RETURN =
      e(455, 16, 2, "The last statement included within a function must be a return statement.", COMPILE);
  public static final ErrorTemplate SCALAR_RETURN_WITHOUT_VALUE =
      e(1075, 15, 1, "RETURN statements in scalar valued functions must include an argument.", COMPILE);
  public static final ErrorTemplate FUNCTION_NOT_FOUND =
      e(4121, 16, 1, "Cannot find either column \"%s\" or the user-defined function or aggregate \"%s\", or the name is ambiguous.", COMPILE);
  public static final ErrorTemplate PROCEDURE_IN_FUNCTION =
      e(557, 16, 2, "Only functions and some extended stored procedures can be executed from within a function.", STATEMENT);
  public static final ErrorTemplate FUNCTION_PARAMETERS_NOT_SUPPLIED =
      e(216, 16, 1, "Parameters were not supplied for the function '%s'.", STATEMENT);
  public static final ErrorTemplate TOO_FEW_ARGUMENTS =
      e(313, 16, 2, "An insufficient number of arguments were supplied for the procedure or function %s.", COMPILE);
  public static final ErrorTemplate EXEC_TABLE_FUNCTION =
      e(2809, 18, 1, "The request for procedure '%s' failed because '%s' is a table valued function object.", STATEMENT);
  public static final ErrorTemplate INCOMPATIBLE_ALTER =
      e(2010, 16, 1, "Cannot perform alter on '%s' because it is an incompatible object type.", STATEMENT);
  public static final ErrorTemplate TRIGGER_NOT_FIRST =
      e(111, 15, 1, "'CREATE TRIGGER' must be the first statement in a query batch.", COMPILE);
  public static final ErrorTemplate TRIGGER_TABLE_INVALID =
      e(8197, 16, 4, "The object '%s' does not exist or is invalid for this operation.", STATEMENT);
  public static final ErrorTemplate TRIGGER_SCHEMA_DIFFERS =
      e(2103, 15, 1,
          "Cannot %s trigger '%s' because its schema is different from the schema of the table or view on which the"
              + " trigger is defined.",
          STATEMENT);
  public static final ErrorTemplate OUTPUT_INTO_TRIGGERS =
      e(331, 16, 1, "The target table '%s' of the OUTPUT INTO clause cannot have any enabled triggers.", STATEMENT);
  public static final ErrorTemplate OUTPUT_TO_CLIENT_TRIGGERS =
      e(334, 15, 1, "The target table '%s' of the DML statement cannot have any enabled triggers if the statement"
          + " contains an OUTPUT clause without INTO clause.", STATEMENT);
  public static final ErrorTemplate CASCADE_UNDER_INSTEAD_OF =
      e(1787, 16, 0, "Cannot define foreign key constraint '%s' with cascaded DELETE or UPDATE on table '%s' because the"
          + " table has an INSTEAD OF DELETE or UPDATE TRIGGER defined on it.", STATEMENT);
  public static final ErrorTemplate INSTEAD_OF_ON_CASCADE =
      e(2113, 16, 1, "Cannot %s INSTEAD OF DELETE or UPDATE TRIGGER '%s' on table '%s' because the table has a FOREIGN"
          + " KEY with cascaded DELETE or UPDATE.", STATEMENT);
  public static final ErrorTemplate INSTEAD_OF_EXISTS =
      e(2111, 16, 1, "Cannot %s trigger '%s' on %s '%s' because an INSTEAD OF %s trigger already exists on this object.",
          STATEMENT);
  /** ALTER TABLE on a table that is not there (SQL Server answers 4902, not 208). */
  public static final ErrorTemplate ALTER_TABLE_NOT_FOUND =
      e(4902, 16, 1, "Cannot find the object \"%s\" because it does not exist or you do not have permissions.", STATEMENT);
  public static final ErrorTemplate TRIGGER_OBJECT_NOT_FOUND =
      e(1088, 16, 120, "Cannot find the object \"%s\" because it does not exist or you do not have permissions.", STATEMENT);
  public static final ErrorTemplate INVALID_EVENT_TYPE =
      e(1084, 15, 1, "'%s' is an invalid event type.", COMPILE);
  public static final ErrorTemplate EVENT_NOT_VALID_ON_TARGET =
      e(1098, 15, 1, "The specified event type(s) is/are not valid on the specified target object.", COMPILE);
  public static final ErrorTemplate LOGON_TRIGGER_FAILED =
      e(17892, 14, 1, "Logon failed for login '%s' due to trigger execution.", STATEMENT);
  public static final ErrorTemplate TRANSACTION_ENDED_IN_TRIGGER =
      e(3609, 16, 2, "The transaction ended in the trigger. The batch has been aborted.", BATCH);
  public static final ErrorTemplate PROCEDURE_NOT_FIRST =
      e(111, 15, 1, "'CREATE/ALTER PROCEDURE' must be the first statement in a query batch.", COMPILE);
  public static final ErrorTemplate STRING_SPLIT_ORDINAL =
      e(8748, 16, 1, "The enable_ordinal argument for STRING_SPLIT only supports constant values (not variables or columns).", STATEMENT);
  public static final ErrorTemplate WITHIN_GROUP_NOT_ALLOWED =
      e(10757, 15, 1, "The function '%s' may not have a WITHIN GROUP clause.", COMPILE);
  public static final ErrorTemplate STRING_AGG_TOO_LONG =
      e(9829, 16, 1, "STRING_AGG aggregation result exceeded the limit of 8000 bytes. Use LOB types to avoid result truncation.", STATEMENT);
  public static final ErrorTemplate JSON_PATH_FORMAT =
      e(13607, 16, 1, "JSON path is not properly formatted. Unexpected character '%s' is found at position %d.", STATEMENT);
  public static final ErrorTemplate JSON_TEXT_FORMAT =
      e(13609, 16, 1, "JSON text is not properly formatted. Unexpected character '%s' is found at position %d.", STATEMENT);
  public static final ErrorTemplate JSON_PROPERTY_NOT_FOUND =
      e(13608, 16, 1, "Property cannot be found on the specified JSON path.", STATEMENT);
  public static final ErrorTemplate JSON_SCALAR_NOT_FOUND =
      e(13623, 16, 1, "Scalar value cannot be found in the specified JSON path.", STATEMENT);
  public static final ErrorTemplate JSON_OBJECT_NOT_FOUND =
      e(13624, 16, 1, "Object or array cannot be found in the specified JSON path.", STATEMENT);
  public static final ErrorTemplate JSON_VALUE_TRUNCATED =
      e(13625, 16, 1, "String value in the specified JSON path would be truncated.", STATEMENT);
  public static final ErrorTemplate SESSION_CONTEXT_READ_ONLY =
      e(15664, 16, 1, "Cannot set key '%s' in the session context. The key has been set as read_only for this session.", STATEMENT);
  public static final ErrorTemplate SESSION_CONTEXT_FULL =
      e(
          15665, 16, 1,
          "The value was not set for key '%s' because the total size of keys and values in the session context would"
              + " exceed the 1 MB limit.",
          STATEMENT);
  public static final ErrorTemplate SESSION_CONTEXT_KEY_TOO_LONG =
      e(15666, 16, 1, "Cannot set key '%s' in the session context. The size of the key cannot exceed 256 bytes.", STATEMENT);
  public static final ErrorTemplate SESSION_CONTEXT_BAD_PARAMETERS =
      e(225, 16, 1, "The parameters supplied for the procedure \"sp_set_session_context\" are not valid.", STATEMENT);
  public static final ErrorTemplate SESSION_CONTEXT_ARG_COUNT =
      e(16903, 16, 1, "The \"sp_set_connection_context\" procedure was called with an incorrect number of parameters.", STATEMENT);
  public static final ErrorTemplate SESSION_CONTEXT_TOO_MANY_ARGS =
      e(16914, 16, 1, "The \"sp_set_connection_context\" procedure was called with too many parameters.", STATEMENT);
  public static final ErrorTemplate STRING_ESCAPE_NULL_TYPE =
      e(8116, 16, 8, "Argument data type NULL is invalid for argument 2 of STRING_ESCAPE function.", STATEMENT);
  public static final ErrorTemplate INVALID_ARGUMENT_2 =
      e(13622, 16, 1, "An invalid value was specified for argument 2.", STATEMENT);
  public static final ErrorTemplate JSON_OBJECT_NULL_KEY =
      e(13638, 16, 1, "User error : Name parameter value in 'json_object' cannot be null", STATEMENT);
  public static final ErrorTemplate JSON_MODIFY_ROOT_PATH =
      e(13619, 16, 1, "Unsupported JSON path found in argument 2 of JSON_MODIFY.", STATEMENT);
  public static final ErrorTemplate JSON_MODIFY_NOT_ARRAY =
      e(13621, 16, 1, "Array cannot be found in the specified JSON path.", STATEMENT);
  public static final ErrorTemplate JSON_MODIFY_NULL_PATH =
      e(8116, 16, 8, "Argument data type NULL is invalid for argument 2 of JSON_MODIFY function.", STATEMENT);
  public static final ErrorTemplate VALUES_ROW_LENGTH =
      e(10709, 16, 1, "The number of columns for each row in a table value constructor must be the same.", COMPILE);
  public static final ErrorTemplate TRANSLATE_LENGTHS =
      e(
          9828, 16, 1,
          "The second and third arguments of the TRANSLATE built-in function must contain an equal number of characters.",
          STATEMENT);
  public static final ErrorTemplate NTILE_POSITIVE =
      e(4116, 16, 1, "The function 'ntile' takes only a positive int or bigint expression as its input.", STATEMENT);
  public static final ErrorTemplate LAG_OFFSET_NEGATIVE =
      e(8730, 16, 1, "Offset parameter for Lag and Lead functions cannot be a negative value.", STATEMENT);
  public static final ErrorTemplate DISTINCT_WITH_OVER =
      e(10759, 15, 1, "Use of DISTINCT is not allowed with the OVER clause.", COMPILE);
  public static final ErrorTemplate WINDOW_FUNCTION_PLACE =
      e(4108, 15, 1, "Windowed functions can only appear in the SELECT or ORDER BY clauses.", COMPILE);
  public static final ErrorTemplate WINDOW_NEEDS_ORDER =
      e(4112, 15, 1, "The function '%s' must have an OVER clause with ORDER BY.", COMPILE);
  public static final ErrorTemplate OPENJSON_NOT_CONTAINER =
      e(13611, 16, 1, "Value referenced by JSON path is not an array or object and cannot be opened with OPENJSON.", STATEMENT);
  public static final ErrorTemplate OPENJSON_AS_JSON_TYPE =
      e(13618, 16, 1, "AS JSON option can be specified only for column of nvarchar(max) type in WITH clause.", COMPILE);
  public static final ErrorTemplate FOR_JSON_CONFLICT =
      e(
          13601, 16, 1,
          "Property '%s' cannot be generated in JSON output due to a conflict with another column name or alias."
              + " FOR JSON PATH requires that the column expressions are ordered based on the JSON document paths"
              + " specified in the column aliases.",
          COMPILE);
  public static final ErrorTemplate FOR_JSON_NOT_ALLOWED =
      e(13602, 16, 1, "The FOR JSON clause is not allowed in a %s statement.", COMPILE);
  public static final ErrorTemplate FOR_JSON_BAD_PROPERTY =
      e(
          13603, 16, 1,
          "Property '%s' cannot be generated in JSON output due to invalid character in the column name or alias."
              + " Column name or alias that contains '..', starts or ends with '.' is not allowed in query that has"
              + " FOR JSON clause.",
          COMPILE);
  public static final ErrorTemplate FOR_JSON_CLR_TYPE = e(13604, 16, 1,
      "FOR JSON cannot serialize CLR objects. Cast CLR types explicitly into one of the supported types in FOR JSON"
          + " queries.", COMPILE);
  public static final ErrorTemplate FOR_JSON_UNNAMED =
      e(
          13605, 16, 1,
          "Column expressions and data sources without names or aliases cannot be formatted as JSON text using"
              + " FOR JSON clause. Add alias to the unnamed column or table.",
          COMPILE);
  public static final ErrorTemplate FOR_JSON_AUTO_NEEDS_TABLE =
      e(
          13600, 16, 1,
          "FOR JSON AUTO requires at least one table for generating JSON objects. Use FOR JSON PATH or add a FROM"
              + " clause with a table name.",
          COMPILE);
  public static final ErrorTemplate FOR_JSON_ROOT_WITHOUT_WRAPPER =
      e(
          13620, 16, 1,
          "ROOT option and WITHOUT_ARRAY_WRAPPER option cannot be used together in FOR JSON. Remove one of these"
              + " options.",
          COMPILE);
  public static final ErrorTemplate METHOD_ON_NON_XML = e(258, 15, 1, "Cannot call methods on %s.", COMPILE);
  public static final ErrorTemplate XML_METHOD_LITERAL =
      e(8172, 16, 1, "The argument %d of the XML data type method \"%s\" must be a string literal.", COMPILE);
  public static final ErrorTemplate XQUERY_VALUE_SINGLETON =
      e(
          2389, 16, 1,
          "XQuery [value()]: 'value()' requires a singleton (or empty sequence), found operand of type"
              + " 'xdt:untypedAtomic *'",
          COMPILE);
  public static final ErrorTemplate XML_PARSING =
      e(9422, 16, 1, "XML parsing: line %d, character %d, incorrect document syntax", STATEMENT);
  public static final ErrorTemplate INSERT_VALUES_ROWS =
      e(10738, 15, 1, "The number of row value expressions in the INSERT statement exceeds the maximum allowed"
          + " number of %d row values.", COMPILE);
  public static final ErrorTemplate FOR_XML_NOT_ALLOWED =
      e(6819, 16, 1, "The FOR XML clause is not allowed in a %s statement.", COMPILE);
  public static final ErrorTemplate FOR_XML_AUTO_NEEDS_TABLE =
      e(
          6800, 16, 1,
          "FOR XML AUTO requires at least one table for generating XML tags. Use FOR XML RAW or add a FROM clause"
              + " with a table name.",
          COMPILE);
  public static final ErrorTemplate FOR_XML_UNNAMED =
      e(
          6809, 16, 1,
          "Unnamed tables cannot be used as XML identifiers as well as unnamed columns cannot be used for attribute"
              + " names. Name unnamed columns/tables using AS in the SELECT statement.",
          COMPILE);
  public static final ErrorTemplate FOR_XML_REPEATED_ATTRIBUTE =
      e(
          6810, 16, 1,
          "Column name '%s' is repeated. The same attribute cannot be generated more than once on the same XML tag.",
          COMPILE);
  public static final ErrorTemplate FOR_XML_RAW_BINARY =
      e(
          6829, 16, 1,
          "FOR XML EXPLICIT and RAW modes currently do not support addressing binary data as URLs in column '%s'."
              + " Remove the column, or use the BINARY BASE64 mode, or create the URL directly using the"
              + " 'dbobject/TABLE[@PK1=\"V1\"]/@COLUMN' syntax.",
          COMPILE);
  public static final ErrorTemplate FOR_XML_UNDECLARED_PREFIX =
      e(6846, 16, 4, "XML name space prefix '%s' declaration is missing for FOR XML %s name '%s'.", COMPILE);
  public static final ErrorTemplate FOR_XML_PATH_SLASHES =
      e(
          6849, 16, 1,
          "FOR XML PATH error in column '%s' - '//' and leading and trailing '/' are not allowed in simple path"
              + " expressions.",
          COMPILE);
  public static final ErrorTemplate FOR_XML_BAD_NAME =
      e(
          6850, 16, 1,
          "%s name '%s' contains an invalid XML identifier as required by FOR XML; '%s'(0x%04X) is the first"
              + " character at fault.",
          COMPILE);
  public static final ErrorTemplate FOR_XML_XML_ATTRIBUTE =
      e(6851, 16, 1, "Column '%s' has invalid data type for attribute-centric XML serialization in FOR XML PATH.", COMPILE);
  public static final ErrorTemplate FOR_XML_ATTRIBUTE_AFTER_CONTENT =
      e(
          6852, 16, 1,
          "Attribute-centric column '%s' must not come after a non-attribute-centric sibling in XML hierarchy in"
              + " FOR XML PATH.",
          COMPILE);
  public static final ErrorTemplate FOR_XML_XML_TEXT_STEP =
      e(
          6853, 16, 1,
          "Column '%s': the last step in the path can't be applied to XML data type or CLR type in FOR XML PATH.",
          COMPILE);
  public static final ErrorTemplate FOR_XML_ROW_NAME_MODE =
      e(6859, 16, 1, "Row tag name is only allowed with RAW or PATH mode of FOR XML.", COMPILE);
  public static final ErrorTemplate FOR_XML_EMPTY_ROOT =
      e(6861, 16, 1, "Empty root tag name can't be specified with FOR XML.", COMPILE);
  public static final ErrorTemplate FOR_XML_ATTRIBUTE_WITHOUT_ROW =
      e(
          6864, 16, 1,
          "Row tag omission (empty row tag name) cannot be used with attribute-centric FOR XML serialization.",
          COMPILE);
  public static final ErrorTemplate FOR_XML_XMLNS =
      e(
          6867, 16, 1,
          "'xmlns' is invalid in XML tag name in FOR XML PATH, or when WITH XMLNAMESPACES is used with FOR XML.",
          COMPILE);

  // WITH XMLNAMESPACES ("WITH XMLNAMESPACES (Transact-SQL)": its syntax rules).
  public static final ErrorTemplate FOR_XML_NAMESPACES_FEATURE = e(6868, 16, 1,
      "The following FOR XML features are not supported with WITH XMLNAMESPACES list: EXPLICIT mode, XMLSCHEMA and"
          + " XMLDATA directives.", COMPILE);
  public static final ErrorTemplate XMLNAMESPACES_PREFIX_REDEFINED =
      e(6869, 16, 1, "Attempt to redefine namespace prefix '%s'", COMPILE);
  public static final ErrorTemplate XMLNAMESPACES_BAD_PREFIX = e(6870, 16, 1,
      "Prefix '%s' used in WITH XMLNAMESPACES clause contains an invalid XML identifier. '%s'(0x%04X) is the first"
          + " character at fault.", COMPILE);
  public static final ErrorTemplate XMLNAMESPACES_RESERVED_PREFIX = e(6871, 16, 1,
      "Prefix '%s' used in WITH XMLNAMESPACES is reserved and cannot be used as a user-defined prefix.", COMPILE);
  public static final ErrorTemplate XMLNAMESPACES_XML_PREFIX = e(6872, 16, 1,
      "XML namespace prefix 'xml' can only be associated with the URI http://www.w3.org/XML/1998/namespace. This URI"
          + " cannot be used with other prefixes.", COMPILE);
  public static final ErrorTemplate XMLNAMESPACES_EMPTY_URI =
      e(6874, 16, 1, "Empty URI is not allowed in WITH XMLNAMESPACES clause.", COMPILE);
  public static final ErrorTemplate XMLNAMESPACES_EMPTY_PREFIX =
      e(6877, 16, 1, "Empty namespace prefix is not allowed in WITH XMLNAMESPACES clause.", COMPILE);
  public static final ErrorTemplate UNPIVOT_TYPE_CONFLICT =
      e(8167, 16, 1, "The type of column \"%s\" conflicts with the type of other columns specified in the UNPIVOT list.", COMPILE);
  // Named windows (the WINDOW clause), and the errors a window taken from one words differently.
  public static final ErrorTemplate WINDOW_UNDEFINED = e(5362, 15, 1, "Window '%s' is undefined.", COMPILE);
  public static final ErrorTemplate WINDOW_CYCLE = e(5365, 15, 1, "Cyclic window references are not permitted.", COMPILE);
  public static final ErrorTemplate WINDOW_NAME_REPEATED =
      e(16211, 15, 1, "Cannot repeat window name in the WINDOW clause.", COMPILE);
  /** State 2 when the named window has a frame, 3 otherwise. */
  public static final ErrorTemplate WINDOW_ELEMENT_REPEATED =
      e(4123, 15, 3, "Window element in OVER clause can not also be specified in WINDOW clause.", COMPILE);
  public static final ErrorTemplate NAMED_WINDOW_FRAME =
      e(4106, 15, 1, "The function '%s' may not have a window frame.", COMPILE);
  public static final ErrorTemplate NAMED_WINDOW_NEEDS_ORDER =
      e(5366, 15, 1, "The function '%s' must have an OVER clause or a WINDOW with ORDER BY.", COMPILE);
  public static final ErrorTemplate NAMED_WINDOW_NO_ORDER =
      e(5363, 15, 1, "The function '%s' may not have ORDER BY in OVER or WINDOW clause.", COMPILE);
  public static final ErrorTemplate NAMED_WINDOW_FRAME_NEEDS_ORDER =
      e(5364, 15, 1, "Window frame with ROWS or RANGE must have an ORDER BY clause.", COMPILE);
  public static final ErrorTemplate NEXT_VALUE_PARTITION =
      e(11716, 15, 1, "NEXT VALUE FOR function does not support the PARTITION BY clause.", COMPILE);
  public static final ErrorTemplate NEXT_VALUE_EMPTY_OVER =
      e(11718, 15, 1, "NEXT VALUE FOR function does not support an empty OVER clause.", COMPILE);
  public static final ErrorTemplate NEXT_VALUE_FRAME =
      e(11737, 15, 1, "NEXT VALUE FOR function does not support the ROWS and RANGE clauses.", COMPILE);
  public static final ErrorTemplate NEXT_VALUE_NEEDS_ORDER = e(11744, 15, 1, "NEXT VALUE FOR must have ORDER BY.", COMPILE);
  public static final ErrorTemplate NEXT_VALUE_DISTINCT =
      e(11721, 15, 1, "NEXT VALUE FOR function cannot be used directly in a statement that uses a DISTINCT, UNION, UNION ALL, EXCEPT or INTERSECT operator.", COMPILE);
  public static final ErrorTemplate NEXT_VALUE_TOP =
      e(11739, 16, 1, "NEXT VALUE FOR function cannot be used if ROWCOUNT option has been set, or the query contains TOP or OFFSET.", COMPILE);
  public static final ErrorTemplate NEXT_VALUE_ORDER_BY =
      e(11745, 15, 1, "NEXT VALUE FOR function cannot be used directly in a statement that contains an ORDER BY clause unless the OVER or WINDOW clause is specified.", COMPILE);
  public static final ErrorTemplate WINDOW_FRAME_NEEDS_ORDER =
      e(10756, 15, 1, "Window frame with ROWS or RANGE must have an ORDER BY clause.", COMPILE);
  /** State 3 for the ranking functions, 1 for LAG and LEAD (as SQL Server 2025 reports them). */
  public static final ErrorTemplate NO_WINDOW_FRAME =
      e(10752, 15, 3, "The function '%s' may not have a window frame.", COMPILE);
  public static final ErrorTemplate NO_WINDOW_FRAME_OFFSET =
      e(10752, 15, 1, "The function '%s' may not have a window frame.", COMPILE);
  public static final ErrorTemplate RANGE_FRAME_OFFSETS =
      e(4194, 16, 1, "RANGE is only supported with UNBOUNDED and CURRENT ROW window frame delimiters.", COMPILE);
  public static final ErrorTemplate INVALID_WINDOW_FRAME =
      e(4193, 16, 1, "'%s' is not a valid window frame and cannot be used with the OVER clause.", COMPILE);
  public static final ErrorTemplate VIEW_COLUMN_COUNT =
      e(
          8159,
          16,
          1,
          "'%s' has fewer columns than were specified in the column list.",
          STATEMENT);
  public static final ErrorTemplate SCHEMA_NOT_EMPTY =
      e(3729, 16, 1, "Cannot drop schema '%s' because it is being referenced by object '%s'.", STATEMENT);
  public static final ErrorTemplate MULTIPLE_IDENTITY_COLUMNS =
      e(2744, 16, 2, "Multiple identity columns specified for table '%s'. Only one identity column per table is allowed.",
          STATEMENT);
  public static final ErrorTemplate IDENTITY_COLUMN_TYPE =
      e(2749, 16, 2, "Identity column '%s' must be of data type int, bigint, smallint, tinyint, or decimal or numeric"
          + " with a scale of 0, unencrypted, and constrained to be nonnullable.", STATEMENT);
  public static final ErrorTemplate ADD_NOT_NULL_COLUMN =
      e(
          4901,
          16,
          1,
          "ALTER TABLE only allows columns to be added that can contain nulls, or have a DEFAULT"
              + " definition specified, or the column being added is an identity or timestamp"
              + " column, or alternatively if none of the previous conditions are satisfied the"
              + " table must be empty to allow addition of this column. Column '%s' cannot be added"
              + " to non-empty table '%s' because it does not satisfy these conditions.",
          STATEMENT);
  public static final ErrorTemplate DROP_MISSING_COLUMN =
      e(
          4924,
          16,
          1,
          "ALTER TABLE DROP COLUMN failed because column '%s' does not exist in table '%s'.",
          STATEMENT);
  public static final ErrorTemplate COLUMN_DEPENDENCY =
      e(5074, 16, 1, "The object '%s' is dependent on column '%s'.", STATEMENT);
  /** 5074 for an index CREATE INDEX made (one behind a PRIMARY KEY or UNIQUE constraint is an object). */
  public static final ErrorTemplate INDEX_DEPENDENCY =
      e(5074, 16, 1, "The index '%s' is dependent on column '%s'.", STATEMENT);
  public static final ErrorTemplate NOT_A_CONSTRAINT = e(3728, 16, 1, "'%s' is not a constraint.", STATEMENT);
  public static final ErrorTemplate ALTER_MISSING_COLUMN =
      e(
          4924,
          16,
          1,
          "ALTER TABLE ALTER COLUMN failed because column '%s' does not exist in table '%s'.",
          STATEMENT);
  public static final ErrorTemplate FK_INVALID_TABLE =
      e(1767, 16, 0, "Foreign key '%s' references invalid table '%s'.", STATEMENT);
  public static final ErrorTemplate FK_NO_KEY =
      e(
          1776,
          16,
          0,
          "There are no primary or candidate keys in the referenced table '%s' that match the"
              + " referencing column list in the foreign key '%s'.",
          STATEMENT);
  public static final ErrorTemplate FK_COLUMN_MISSING =
      e(
          1769,
          16,
          1,
          "Foreign key '%s' references invalid column '%s' in referencing table '%s'.",
          STATEMENT);
  public static final ErrorTemplate FK_COLUMN_COUNT =
      e(
          8139,
          16,
          0,
          "Number of referencing columns in foreign key differs from number of referenced columns,"
              + " table '%s'.",
          STATEMENT);
  public static final ErrorTemplate FK_CONFLICT =
      e(
          547,
          16,
          0,
          "The %s statement conflicted with the FOREIGN KEY constraint \"%s\". The conflict occurred"
              + " in database \"%s\", table \"%s\", column '%s'.",
          STATEMENT);
  /** 547 for a foreign key of a table on itself: SQL Server calls it a FOREIGN KEY SAME TABLE constraint. */
  public static final ErrorTemplate FK_SAME_TABLE_CONFLICT =
      e(547, 16, 0, "The %s statement conflicted with the FOREIGN KEY SAME TABLE constraint \"%s\". The conflict"
          + " occurred in database \"%s\", table \"%s\", column '%s'.", STATEMENT);
  /** 547 for a row of a table its own foreign key still references (a SAME TABLE REFERENCE constraint). */
  public static final ErrorTemplate SAME_TABLE_REFERENCE_CONFLICT =
      e(547, 16, 0, "The %s statement conflicted with the SAME TABLE REFERENCE constraint \"%s\". The conflict"
          + " occurred in database \"%s\", table \"%s\", column '%s'.", STATEMENT);
  public static final ErrorTemplate REFERENCE_CONFLICT =
      e(
          547,
          16,
          0,
          "The %s statement conflicted with the REFERENCE constraint \"%s\". The conflict occurred"
              + " in database \"%s\", table \"%s\", column '%s'.",
          STATEMENT);
  public static final ErrorTemplate DROP_REFERENCED_TABLE =
      e(
          3726,
          16,
          1,
          "Could not drop object '%s' because it is referenced by a FOREIGN KEY constraint.",
          STATEMENT);
  public static final ErrorTemplate TRUNCATE_REFERENCED_TABLE =
      e(
          4712,
          16,
          1,
          "Cannot truncate table '%s' because it is being referenced by a FOREIGN KEY constraint.",
          STATEMENT);
  public static final ErrorTemplate SEQUENCE_EXHAUSTED =
      e(
          11728,
          16,
          1,
          "The sequence object '%s' has reached its minimum or maximum value. Restart the sequence"
              + " object to allow new values to be generated.",
          STATEMENT);
  public static final ErrorTemplate SEQUENCE_TYPE =
      e(
          11702,
          16,
          1,
          "The sequence object data type must be an integer type or decimal/numeric with a scale of"
              + " 0.",
          STATEMENT);
  public static final ErrorTemplate SEQUENCE_INCREMENT_ZERO =
      e(11700, 16, 1, "The increment for sequence object '%s' cannot be zero.", STATEMENT);
  public static final ErrorTemplate SEQUENCE_MIN_MAX =
      e(
          11705,
          16,
          1,
          "The minimum value for sequence object '%s' must be less than its maximum value.",
          STATEMENT);
  public static final ErrorTemplate SEQUENCE_START =
      e(
          11703,
          16,
          1,
          "The start value for sequence object '%s' must be between the minimum and maximum value"
              + " of the sequence object.",
          STATEMENT);
  public static final ErrorTemplate RENAME_CAUTION =
      e(15477, 10, 1, "Caution: Changing any part of an object name could break scripts and stored procedures.", STATEMENT);
  public static final ErrorTemplate RENAME_AMBIGUOUS =
      e(
          15248,
          11,
          1,
          "Either the parameter @objname is ambiguous or the claimed @objtype (%s) is wrong.",
          STATEMENT);
  public static final ErrorTemplate RENAME_NOT_FOUND =
      e(
          15225,
          11,
          1,
          "No item by the name of '%s' could be found in the current database '%s', given that"
              + " @itemtype was input as '(null)'.",
          STATEMENT);
  public static final ErrorTemplate RENAME_TAKEN =
      e(
          15335,
          11,
          1,
          "Error: The new name '%s' is already in use as a %s name and would cause a duplicate that"
              + " is not permitted.",
          STATEMENT);
  public static final ErrorTemplate AMBIGUOUS_COLUMN = e(209, 16, 1, "Ambiguous column name '%s'.", COMPILE);
  public static final ErrorTemplate AMBIGUOUS_DML_TARGET = e(8154, 16, 1, "The table '%s' is ambiguous.", COMPILE);
  public static final ErrorTemplate LOCK_TIMEOUT = e(1222, 16, 51, "Lock request time out period exceeded.", STATEMENT);
  public static final ErrorTemplate DEADLOCK_VICTIM =
      e(
          1205,
          13,
          51,
          "Transaction (Process ID %s) was deadlocked on lock resources with another process and has"
              + " been chosen as the deadlock victim. Rerun the transaction.",
          BATCH);
  /** A SNAPSHOT transaction used a table whose definition a DDL committed since its snapshot changed. */
  public static final ErrorTemplate SNAPSHOT_DDL_CONFLICT =
      e(
          3961,
          16,
          1,
          "Snapshot isolation transaction failed in database '%s' because the object accessed by the statement has"
              + " been modified by a DDL statement in another concurrent transaction since the start of this"
              + " transaction. It is disallowed because the metadata is not versioned. A concurrent update to"
              + " metadata can lead to inconsistency if mixed with snapshot isolation.",
          BATCH);
  /** ALTER TABLE, CREATE/ALTER/DROP INDEX inside a SNAPSHOT transaction. */
  public static final ErrorTemplate SNAPSHOT_DDL_NOT_ALLOWED =
      e(
          3964,
          16,
          1,
          "Transaction failed because this DDL statement is not allowed inside a snapshot isolation"
              + " transaction. Since metadata is not versioned, a metadata change can lead to inconsistency"
              + " if mixed within snapshot isolation.",
          BATCH);
  public static final ErrorTemplate SNAPSHOT_UPDATE_CONFLICT =
      e(
          3960,
          16,
          2,
          "Snapshot isolation transaction aborted due to update conflict. You cannot use snapshot"
              + " isolation to access table '%s' directly or indirectly in database '%s' to update,"
              + " delete, or insert the row that has been modified or deleted by another transaction."
              + " Retry the transaction or change the isolation level for the update/delete"
              + " statement.",
          BATCH);

  // Computed columns.
  public static final ErrorTemplate COMPUTED_COLUMN_MODIFIED =
      e(
          271,
          16,
          1,
          "The column \"%s\" cannot be modified because it is either a computed column or is the"
              + " result of a UNION operator.",
          STATEMENT);
  public static final ErrorTemplate COMPUTED_ON_COMPUTED =
      e(
          1759,
          16,
          0,
          "Computed column '%s' in table '%s' is not allowed to be used in another computed-column"
              + " definition.",
          STATEMENT);
  public static final ErrorTemplate SUBQUERY_NOT_ALLOWED =
      e(
          1046,
          15,
          1,
          "Subqueries are not allowed in this context. Only scalar expressions are allowed.",
          STATEMENT);
  public static final ErrorTemplate NEXT_VALUE_NOT_ALLOWED =
      e(
          11719,
          15,
          1,
          "NEXT VALUE FOR function is not allowed in check constraints, default objects, computed"
              + " columns, views, user-defined functions, user-defined aggregates, user-defined"
              + " table types, sub-queries, common table expressions, derived tables or return"
              + " statements.",
          STATEMENT);
  public static final ErrorTemplate PERSISTED_NOT_DETERMINISTIC =
      e(
          4936,
          16,
          1,
          "Computed column '%s' in table '%s' cannot be persisted because the column is"
              + " non-deterministic.",
          STATEMENT);
  public static final ErrorTemplate COMPUTED_CONSTRAINT_NOT_PERSISTED =
      e(
          8183,
          16,
          1,
          "Only UNIQUE or PRIMARY KEY constraints can be created on computed columns, while CHECK,"
              + " FOREIGN KEY, and NOT NULL constraints require that computed columns be persisted.",
          STATEMENT);
  public static final ErrorTemplate INDEX_NON_DETERMINISTIC =
      e(
          2729,
          16,
          1,
          "Column '%s' in table '%s' cannot be used in an index or statistics or as a partition key"
              + " because it is non-deterministic.",
          STATEMENT);
  public static final ErrorTemplate COMPUTED_COLUMN_DEPENDENCY =
      e(5074, 16, 1, "The column '%s' is dependent on column '%s'.", STATEMENT);
  public static final ErrorTemplate COLUMN_ACCESSED =
      e(4922, 16, 9, "%s %s failed because one or more objects access this column.", STATEMENT);
  public static final ErrorTemplate PERSISTED_NOT_COMPUTED =
      e(
          4919,
          16,
          1,
          "PERSISTED attribute cannot be altered on column '%s' because this column is not computed.",
          STATEMENT);
  public static final ErrorTemplate ALTER_COLUMN_IS =
      e(4928, 16, 1, "Cannot alter column '%s' because it is '%s'.", STATEMENT);

  // Filtered indexes.
  public static final ErrorTemplate FILTER_INCORRECT =
      e(10736, 15, 1, "Incorrect WHERE clause for filtered index '%s' on table '%s'.", STATEMENT);
  public static final ErrorTemplate FILTER_COMPUTED_COLUMN =
      e(
          10610,
          16,
          1,
          "Filtered index '%s' cannot be created on table '%s' because the column '%s' in the"
              + " filter expression is a computed column. Rewrite the filter expression so that it"
              + " does not include this column.",
          STATEMENT);
  public static final ErrorTemplate FILTER_NULL_LITERAL =
      e(
          10621,
          16,
          1,
          "Filtered index '%s' cannot be created on table '%s' because the filter expression"
              + " contains a comparison with a literal NULL value. Rewrite the comparison to use the"
              + " IS [NOT] NULL comparison operator to test for NULL values.",
          STATEMENT);
  public static final ErrorTemplate FILTER_CONSTANT_UNCONVERTIBLE =
      e(
          10617,
          16,
          1,
          "Filtered index '%s' cannot be created on table '%s' because the column '%s' in the"
              + " filter expression is compared with a constant that cannot be converted to the data"
              + " type of the column. Rewrite the filter expression so that it does not include this"
              + " comparison.",
          STATEMENT);

  // ALTER SEQUENCE and sp_sequence_get_range.
  public static final ErrorTemplate SEQUENCE_INCREMENT_RANGE =
      e(
          11701,
          16,
          1,
          "The absolute value of the increment for sequence object '%s' must be less than or equal"
              + " to the difference between the minimum and maximum value of the sequence object.",
          STATEMENT);
  public static final ErrorTemplate SEQUENCE_CURRENT_VALUE =
      e(
          11704,
          16,
          1,
          "The current value '%s' for sequence object '%s' must be between the minimum and maximum"
              + " value of the sequence object.",
          STATEMENT);
  public static final ErrorTemplate SEQUENCE_CACHE_SIZE =
      e(11706, 16, 1, "The cache size for sequence object '%s' must be greater than 0.", STATEMENT);
  public static final ErrorTemplate ALTER_SEQUENCE_START =
      e(11710, 15, 1, "Argument 'START WITH' cannot be used in an ALTER SEQUENCE statement.", STATEMENT);
  public static final ErrorTemplate ALTER_SEQUENCE_AS =
      e(11711, 15, 1, "Argument 'AS' cannot be used in an ALTER SEQUENCE statement.", STATEMENT);
  public static final ErrorTemplate SEQUENCE_ARGUMENT_TWICE =
      e(11712, 15, 1, "Argument '%s' can not be specified more than once.", STATEMENT);
  public static final ErrorTemplate ALTER_SEQUENCE_NOTHING =
      e(11715, 15, 1, "No properties specified for ALTER SEQUENCE.", STATEMENT);
  public static final ErrorTemplate CANNOT_ALTER_SEQUENCE =
      e(
          15151,
          16,
          1,
          "Cannot alter the sequence '%s', because it does not exist or you do not have permission.",
          STATEMENT);
  public static final ErrorTemplate NOT_A_SEQUENCE =
      e(11726, 16, 1, "Object '%s' is not a sequence object.", STATEMENT);
  public static final ErrorTemplate SEQUENCE_RANGE_EXCEEDED =
      e(
          11732,
          16,
          1,
          "The requested range for sequence object '%s' exceeds the maximum or minimum limit."
              + " Retry with a smaller range.",
          STATEMENT);
  public static final ErrorTemplate SEQUENCE_RANGE_SIZE =
      e(11733, 16, 1, "Parameter '%s' must be a positive integer.", STATEMENT);

  // User-defined types (CREATE TYPE / DROP TYPE, table-valued parameters).
  public static final ErrorTemplate TYPE_NOT_FOUND =
      e(218, 16, 1, "Could not find the type '%s'. Either it does not exist or you do not have the necessary permission.",
          STATEMENT);
  public static final ErrorTemplate TYPE_EXISTS =
      e(219, 16, 1, "The type '%s' already exists, or you do not have permission to create it.", STATEMENT);
  public static final ErrorTemplate TYPE_REFERENCED =
      e(3732, 16, 1, "Cannot drop type '%s' because it is being referenced by object '%s'. There may be other"
          + " objects that reference this type.", STATEMENT);
  public static final ErrorTemplate TVP_NOT_READONLY =
      e(352, 15, 1, "The table-valued parameter \"%s\" must be declared with the READONLY option.", COMPILE);
  public static final ErrorTemplate READONLY_NOT_TABLE =
      e(346, 15, 1, "The parameter \"%s\" can not be declared READONLY since it is not a table-valued parameter.",
          COMPILE);
  public static final ErrorTemplate TVP_READONLY_MODIFIED =
      e(10700, 16, 1, "The table-valued parameter \"%s\" is READONLY and cannot be modified.", STATEMENT);
  public static final ErrorTemplate TABLE_TYPE_COLUMN =
      e(350, 16, 1, "The column \"%s\" does not have a valid data type. A column cannot be of a user-defined table"
          + " type.", STATEMENT);
}
