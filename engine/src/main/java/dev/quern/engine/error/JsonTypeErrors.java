package dev.quern.engine.error;

import static dev.quern.engine.error.Abort.COMPILE;
import static dev.quern.engine.error.Abort.STATEMENT;

/**
 * The errors of SQL Server 2025's json type that are not value conversions: what it refuses to
 * compare, sort, group or index, and json with a width.
 */
public final class JsonTypeErrors {
  private JsonTypeErrors() {}

  /** State 1 for =, &lt;&gt;, join conditions; state 2 for ORDER BY, GROUP BY, PARTITION BY. */
  public static final ErrorTemplate NOT_COMPARABLE =
      new ErrorTemplate(13636, 16, 1,
          "The JSON data type cannot be compared or sorted, except when using the IS NULL operator.", COMPILE);
  public static final int SORTED_STATE = 2;
  public static final ErrorTemplate NOT_DISTINCT =
      new ErrorTemplate(421, 16, 1,
          "The json data type cannot be selected as DISTINCT because it is not comparable.", COMPILE);
  public static final ErrorTemplate NOT_IN_SET_OPERATION =
      new ErrorTemplate(5335, 16, 1,
          "The data type json cannot be used as an operand to the UNION, INTERSECT or EXCEPT operators because"
              + " it is not comparable.", COMPILE);
  public static final ErrorTemplate INVALID_ARGUMENT =
      new ErrorTemplate(8116, 16, 1, "Argument data type json is invalid for argument %d of %s function.", COMPILE);
  public static final ErrorTemplate WIDTH_IN_DECLARATION =
      new ErrorTemplate(2716, 16, 1,
          "Column, parameter, or variable #%d: Cannot specify a column width on data type json.", COMPILE);
  public static final ErrorTemplate WIDTH_IN_CAST =
      new ErrorTemplate(291, 16, 1, "CAST or CONVERT: invalid attributes specified for type 'json'", COMPILE);
  public static final ErrorTemplate INDEX_KEY =
      new ErrorTemplate(1978, 16, 3,
          "Column '%s' in table '%s' is of a type that is invalid for use as a key column in an index or"
              + " statistics.", STATEMENT);
  public static final ErrorTemplate CONSTRAINT_KEY =
      new ErrorTemplate(1919, 16, 1,
          "Column '%s' in table '%s' is of a type that is invalid for use as a key column in an index.", STATEMENT);
}
