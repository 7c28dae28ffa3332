package dev.quern.engine.session;

import java.util.regex.Pattern;

/**
 * Keeps passwords out of the texts the monitoring views show. A batch that sets a password
 * (CREATE/ALTER LOGIN … PASSWORD = '…' and the like, or a call of sp_setapprole, sp_addlogin,
 * sp_password or sp_change_users_login) is shown, by sys.dm_exec_sql_text, DBCC
 * INPUTBUFFER and sys.dm_exec_input_buffer, as the comment SQL Server's traces put in its place,
 * never as written: any principal allowed to watch sessions could otherwise read other logins'
 * passwords. The test is lexical and errs on the safe side (a harmless batch that says
 * "password =" is hidden too).
 */
public final class SecretTexts {
  /** What SQL Server's traces show instead of a text with a password in it. */
  public static final String REPLACEMENT =
      "-- 'password' was found in the text of this event.\r\n"
          + "-- The text has been replaced with this comment for security reasons.";

  /**
   * A password, KEY_SOURCE's pass phrase (whoever knows it can make the key again), or a call of a
   * procedure whose arguments carry a password.
   */
  private static final Pattern PASSWORD = Pattern.compile(
      "\\b(?:PASSWORD|KEY_SOURCE)\\s*=|\\bsp_(?:setapprole|addlogin|password|change_users_login)\\b",
      Pattern.CASE_INSENSITIVE);

  private SecretTexts() {}

  /** {@code text}, or {@link #REPLACEMENT} when it sets a password; null stays null. */
  public static String shown(String text) {
    return text != null && PASSWORD.matcher(text).find() ? REPLACEMENT : text;
  }
}
