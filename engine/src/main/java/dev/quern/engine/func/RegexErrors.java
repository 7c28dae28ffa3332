package dev.quern.engine.func;

import dev.quern.catalog.value.SqlValueException;

/**
 * The errors of the REGEXP_* functions, numbered and worded as SQL Server 2025 raises them (193xx
 * for patterns, flags and out-of-range arguments). A pattern error's state tells the scalar
 * functions and REGEXP_LIKE from the two table-valued ones, as SQL Server's do.
 */
final class RegexErrors {
  private RegexErrors() {}

  /** 19300: RE2 refused the pattern; {@code detail} is RE2's own diagnostic ("invalid perl operator: (?="). */
  static SqlValueException invalidPattern(String pattern, String detail, boolean rowset) {
    return new SqlValueException(19300, 16, rowset ? 2 : 1,
        "An invalid Pattern '" + pattern + "' was provided. Error '" + detail
            + "' occurred during evaluation of the Pattern.");
  }

  /** 19301: a start, occurrence, return option or group below its least value. */
  static SqlValueException belowMinimum(String argument, int minimum, long value, String function, int state) {
    return new SqlValueException(19301, 16, state,
        "'" + argument + "' value should be greater than or equal to " + minimum + " but '" + value
            + "' is provided in '" + function + "' function.");
  }

  /** 19302: more than 30 flag characters. */
  static SqlValueException tooManyFlags(int count) {
    return new SqlValueException(19302, 16, 1,
        "Maximum of '" + RegexFlags.MAX_FLAGS + "' flags can be provided. But you provided '" + count + "' flags.");
  }

  /** 19303: a flag other than c, i, s, m; SQL Server quotes the whole flags string. */
  static SqlValueException invalidFlags(String flags) {
    return new SqlValueException(19303, 16, 1,
        "Invalid flag provided. '" + flags + "' are not valid flags. Only {c,i,s,m} flags are valid.");
  }

  /** 19307: a ')' that closes no group. */
  static SqlValueException unexpectedParen(String pattern, boolean rowset) {
    return new SqlValueException(19307, 16, rowset ? 2 : 1, "Encountered an unexpected ')' in the Pattern " + pattern + ".");
  }

  /** 19308: a group (states 1/3) or a character class (2/4) left open. */
  static SqlValueException missing(char closer, String pattern, boolean rowset) {
    int state = (closer == ')' ? 1 : 2) + (rowset ? 2 : 0);
    return new SqlValueException(19308, 16, state, "Missing '" + closer + "' in the Pattern " + pattern + ".");
  }

  /** 19309: the pattern ends in a lone backslash. */
  static SqlValueException trailingBackslash(String pattern, boolean rowset) {
    return new SqlValueException(19309, 16, rowset ? 2 : 1,
        "Invalid trailing backslash (\\) provided at the end of the Pattern " + pattern + ".");
  }
}
