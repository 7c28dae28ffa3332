package dev.quern.engine.error;

import static dev.quern.engine.error.Abort.COMPILE;
import static dev.quern.engine.error.Abort.STATEMENT;

/**
 * The errors of the built-in functions added in session 8 (analytic window functions, metadata
 * properties, checksums, bit functions, PARSE): kept apart from {@link SqlErrors} so the helpers'
 * branches merge without touching one long file; same texts as sys.messages (us_english).
 */
public final class FunctionErrors {
  private FunctionErrors() {}

  private static ErrorTemplate e(int n, int sev, int st, String text, Abort abort) {
    return new ErrorTemplate(n, sev, st, text, abort);
  }

  // Analytic window functions.
  public static final ErrorTemplate MUST_HAVE_OVER =
      e(10753, 15, 3, "The function '%s' must have an OVER clause.", COMPILE);
  public static final ErrorTemplate MUST_HAVE_WITHIN_GROUP =
      e(10754, 15, 1, "The function '%s' must have a WITHIN GROUP clause.", COMPILE);
  public static final ErrorTemplate NO_ORDER_BY_IN_OVER =
      e(10758, 15, 1, "The function '%s' may not have ORDER BY in OVER clause.", COMPILE);
  public static final ErrorTemplate WITHIN_GROUP_ONE_KEY =
      e(10751, 15, 1, "The ORDER BY in WITHIN GROUP clause of '%s' function must have exactly one expression.", COMPILE);
  public static final ErrorTemplate PERCENTILE_RANGE =
      e(8727, 16, 1, "Input parameter of percentile function is outside of range [0, 1].", STATEMENT);
  public static final ErrorTemplate PERCENTILE_CONT_TYPE =
      e(402, 16, 1, "The data types numeric and %s are incompatible in the percentile_cont operator.", COMPILE);
  /** The same check for the approximate percentile aggregates, named in the message. */
  public static final ErrorTemplate PERCENTILE_KEY_TYPE =
      e(402, 16, 1, "The data types numeric and %s are incompatible in the %s operator.", COMPILE);
  public static final ErrorTemplate WINDOW_ARG_COUNT =
      e(4114, 16, 1, "The function '%s' takes exactly %d argument(s).", COMPILE);

  // BASE64_DECODE and UNISTR: their text does not encode what it says it does.
  public static final ErrorTemplate INVALID_DATA_FOR_TYPE =
      e(9803, 16, 20, "Invalid data for type \"%s\".", STATEMENT);

  // Bit manipulation (SQL Server 2022).
  public static final ErrorTemplate BIT_OFFSET_RANGE =
      e(9838, 16, 1, "Parameter 2 in function '%s' is out of range 0 to %d.", STATEMENT);
  public static final ErrorTemplate SET_BIT_VALUE =
      e(9839, 16, 1, "Parameter 3 in function 'set_bit' must be 0 or 1.", STATEMENT);

  // PARSE / TRY_PARSE.
  public static final ErrorTemplate PARSE_CULTURE =
      e(9818, 16, 1, "The culture parameter '%s' provided in the function call is not supported.", STATEMENT);
  public static final ErrorTemplate PARSE_FAILED =
      e(9819, 16, 1, "Error converting string value '%s' into data type %s using culture '%s'.", STATEMENT);
  public static final ErrorTemplate PARSE_TYPE =
      e(10761, 16, 1, "Invalid data type %s in function %s.", COMPILE);

  // NEWSEQUENTIALID outside a column DEFAULT.
  public static final ErrorTemplate NEWSEQUENTIALID_PLACE =
      e(302, 16, 1, "The newsequentialid() built-in function can only be used in a DEFAULT expression for a column of type"
          + " 'uniqueidentifier' in a CREATE TABLE or ALTER TABLE statement. It cannot be combined with other operators to"
          + " form a complex scalar expression.", COMPILE);
}
