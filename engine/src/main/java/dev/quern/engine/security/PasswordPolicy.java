package dev.quern.engine.security;

import java.util.Locale;

/**
 * CHECK_POLICY = ON's complexity rule, as SQL Server applies the Windows/Linux policy ("Password
 * Policy" in SQL Server's docs): at least 8 characters, characters from at least three of the four
 * classes (upper case, lower case, digits, other symbols), and not containing the login name.
 * Quern keeps no password history, lockout or expiration.
 */
public final class PasswordPolicy {
  public static final int MIN_LENGTH = 8;

  private PasswordPolicy() {}

  /** Whether {@code password} is complex enough for login {@code login}. */
  public static boolean complexEnough(String password, String login) {
    if (password.length() < MIN_LENGTH) {
      return false;
    }
    if (password.toLowerCase(Locale.ROOT).contains(login.toLowerCase(Locale.ROOT))) {
      return false;
    }
    boolean upper = false;
    boolean lower = false;
    boolean digit = false;
    boolean other = false;
    for (int i = 0; i < password.length(); i++) {
      char c = password.charAt(i);
      upper |= Character.isUpperCase(c);
      lower |= Character.isLowerCase(c);
      digit |= Character.isDigit(c);
      other |= !Character.isLetterOrDigit(c);
    }
    int classes = (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    return classes >= 3;
  }
}
