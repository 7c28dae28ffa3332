package dev.quern.engine.message;

import static dev.quern.engine.error.Abort.STATEMENT;

import dev.quern.engine.error.ErrorTemplate;

/**
 * The errors of sp_addmessage, sp_altermessage and sp_dropmessage, with SQL Server's numbers,
 * severities, states and us_english texts (sys.messages, 15000–15999). Kept beside the engine's
 * other error catalogs as one family.
 */
public final class MessageErrors {
  private MessageErrors() {}

  private static ErrorTemplate e(int n, int sev, String text) {
    return new ErrorTemplate(n, sev, 1, text, STATEMENT);
  }

  public static final ErrorTemplate ADD_USAGE =
      e(15071, 16, "Usage: sp_addmessage <msgnum>,<severity>,<msgtext> [,<language> [,FALSE | TRUE [,REPLACE]]]");
  public static final ErrorTemplate ID_TOO_LOW = e(15040, 16, "User-defined error messages must have an ID greater than 50000.");
  public static final ErrorTemplate SEVERITY_RANGE =
      e(15041, 16, "User-defined error messages must have a severity level between 1 and 25.");
  public static final ErrorTemplate WITH_LOG_IGNORED =
      e(15042, 10, "The @with_log parameter is ignored for messages that are not us_english version.");
  public static final ErrorTemplate REPLACE_REQUIRED = e(15043, 16, "You must specify 'REPLACE' to overwrite an existing message.");
  public static final ErrorTemplate NOT_A_LANGUAGE = e(15033, 16, "'%s' is not a valid official language name.");
  public static final ErrorTemplate US_ENGLISH_FIRST =
      e(15279, 16, "You must add the us_english version of this message before you can add the '%s' version.");
  public static final ErrorTemplate WITH_LOG_VALUE = e(15271, 16, "Invalid @with_log parameter value. Valid values are 'true' or 'false'.");
  public static final ErrorTemplate SEVERITY_MISMATCH = e(15304, 16,
      "The severity level of the '%s' version of this message must be the same as the severity level (%d) of the us_english version.");
  public static final ErrorTemplate DROP_USAGE = e(15177, 16, "Usage: sp_dropmessage <msg number> [,<language> | 'ALL']");
  public static final ErrorTemplate DROP_SYSTEM = e(15178, 16, "Cannot drop a message with an ID less than 50,000.");
  public static final ErrorTemplate NOT_FOUND = e(15179, 16, "The message number %d or specified language version does not exist.");
  public static final ErrorTemplate LOCALIZED_REMAIN = e(15280, 16,
      "All localized versions of this message must be dropped before the us_english version can be dropped.");
  public static final ErrorTemplate ALTER_PARAMETER = e(15176, 16, "The only valid @parameter value is 'WITH_LOG'.");
  public static final ErrorTemplate ALTER_VALUE = e(15277, 16, "The only valid @parameter_value values are 'true' or 'false'.");
  /** sp_altermessage with a NULL id fails on SQL Server's own internal call, in these words. */
  public static final ErrorTemplate ALTER_NULL_ID =
      new ErrorTemplate(290, 16, 2, "Invalid EXECUTE statement using object \"ErrorMessage\", method \"Lock\".", STATEMENT);
}
