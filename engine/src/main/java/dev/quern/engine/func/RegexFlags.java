package dev.quern.engine.func;

import com.google.re2j.Pattern;

/**
 * The flags argument of the REGEXP_* functions as RE2/J compile flags: {@code c} case-sensitive
 * (the default, whatever the collation), {@code i} case-insensitive, {@code m} multi-line ^ and $,
 * {@code s} dot matches newline. Of contradictory c and i the last one wins; the empty string is
 * the default. Anything else, even an upper-case letter or a CHAR value's padding, is 19303.
 */
final class RegexFlags {
  /** SQL Server's limit on the number of flag characters (19302 past it). */
  static final int MAX_FLAGS = 30;

  private RegexFlags() {}

  static int parse(String flags) {
    if (flags.length() > MAX_FLAGS) {
      throw RegexErrors.tooManyFlags(flags.length());
    }
    boolean insensitive = false;
    int out = 0;
    for (int i = 0; i < flags.length(); i++) {
      switch (flags.charAt(i)) {
        case 'c' -> insensitive = false;
        case 'i' -> insensitive = true;
        case 'm' -> out |= Pattern.MULTILINE;
        case 's' -> out |= Pattern.DOTALL;
        default -> throw RegexErrors.invalidFlags(flags);
      }
    }
    return insensitive ? out | Pattern.CASE_INSENSITIVE : out;
  }
}
