package dev.quern.engine.error;

import static dev.quern.engine.error.Abort.COMPILE;
import static dev.quern.engine.error.Abort.STATEMENT;

/**
 * The metadata-discovery errors of sp_describe_first_result_set, sp_describe_undeclared_parameters
 * and sys.dm_exec_describe_first_result_set (numbers, severities and texts as the "Database engine
 * events and errors (11000 to 11999)" table of the SQL Server docs gives them).
 */
public final class DescribeErrors {
  private DescribeErrors() {}

  private static ErrorTemplate e(int n, String text) {
    return new ErrorTemplate(n, 16, 1, text, STATEMENT);
  }

  public static final ErrorTemplate COMPILE_ERRORS = e(11501, "The batch could not be analyzed because of compile errors.");
  /** Raised while binding (a compile error of the analysed batch). */
  public static final ErrorTemplate CANNOT_DEDUCE =
      new ErrorTemplate(11502, 16, 1, "The type for parameter '%s' cannot be deduced in this context.", COMPILE);
  public static final ErrorTemplate TWO_UNTYPED =
      new ErrorTemplate(
          11503, 16, 1,
          "The parameter type cannot be deduced because a single expression contains two untyped parameters, '%s' and '%s'.",
          COMPILE);
  public static final ErrorTemplate USED_MORE_THAN_ONCE =
      e(11508, "The undeclared parameter '%s' is used more than once in the batch being analyzed.");
  public static final ErrorTemplate INCOMPATIBLE =
      e(11509, "The metadata could not be determined because the statement '%s' is not compatible with the statement '%s'.");
  public static final ErrorTemplate DYNAMIC_SQL =
      e(11513, "The metadata could not be determined because statement '%s' contains dynamic SQL. Consider using the WITH RESULT SETS clause to explicitly describe the result set.");
  public static final ErrorTemplate UNDECLARED_AFFECTS_METADATA =
      e(11521, "The metadata could not be determined because statement '%s' uses an undeclared parameter in a context that affects its metadata.");
  public static final ErrorTemplate RECURSION =
      e(11523, "The metadata could not be determined because statement '%s' causes indirect recursion.");
  public static final ErrorTemplate NOT_SUPPORTED =
      e(11527, "The metadata could not be determined because statement '%s' does not support metadata discovery.");
  public static final ErrorTemplate EVERY_PATH_ERRORS =
      e(11529, "The metadata could not be determined because every code path results in an error; see previous errors for some of these.");
  public static final ErrorTemplate BROWSE_MODE =
      e(11552, "The @browse_information_mode parameter expects a tinyint with values 0, 1 or 2.");
}
