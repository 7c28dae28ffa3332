package dev.quern.engine.error;

import static dev.quern.engine.error.Abort.STATEMENT;

/**
 * The errors of logins, users, roles and permissions, with SQL Server's numbers, severities,
 * states and us_english texts ("Database engine events and errors", the 200–999, 4000–4999 and
 * 15000–15999 pages of the SQL Server docs; sys.messages). Kept beside {@link SqlErrors} as one
 * family.
 */
public final class SecurityErrors {
  private SecurityErrors() {}

  private static ErrorTemplate e(int n, int sev, int st, String text) {
    return new ErrorTemplate(n, sev, st, text, STATEMENT);
  }

  /** Sent to the client with state 1 whatever the reason (the real reason goes to the log). */
  public static final ErrorTemplate LOGIN_FAILED = e(18456, 14, 1, "Login failed for user '%s'.");
  public static final ErrorTemplate PERMISSION_DENIED_ON_OBJECT =
      e(229, 14, 5, "The %s permission was denied on the object '%s', database '%s', schema '%s'.");
  public static final ErrorTemplate PERMISSION_DENIED_ON_COLUMN =
      e(230, 14, 1, "The %s permission was denied on the column '%s' of the object '%s', database '%s', schema '%s'.");
  public static final ErrorTemplate PERMISSION_DENIED_IN_DATABASE =
      e(262, 14, 1, "%s permission denied in database '%s'.");
  public static final ErrorTemplate CANNOT_ACCESS_DATABASE =
      e(916, 14, 1, "The server principal \"%s\" is not able to access the database \"%s\" under the current security context.");
  public static final ErrorTemplate SCHEMA_NOT_USABLE =
      e(2760, 16, 1, "The specified schema name \"%s\" either does not exist or you do not have permission to use it.");
  public static final ErrorTemplate NOT_A_VALID_LOGIN = e(15007, 16, 1, "'%s' is not a valid login or you do not have permission.");
  public static final ErrorTemplate ROLE_NOT_FOUND = e(15014, 16, 1, "The role '%s' does not exist in the current database.");
  public static final ErrorTemplate PRINCIPAL_EXISTS_IN_DATABASE =
      e(15023, 16, 1, "User, group, or role '%s' already exists in the current database.");
  public static final ErrorTemplate INVALID_PARAMETER_VALUE =
      e(15021, 16, 2, "Invalid value given for parameter %s. Specify a valid parameter value.");
  public static final ErrorTemplate SID_NOT_BINARY_16 = e(15419, 16, 1, "Supplied parameter sid should be binary(16).");
  public static final ErrorTemplate SID_IN_USE = e(15433, 16, 1, "Supplied parameter sid is in use.");
  public static final ErrorTemplate SERVER_PRINCIPAL_EXISTS = e(15025, 16, 1, "The server principal '%s' already exists.");
  public static final ErrorTemplate LOGIN_HAS_USER = e(15063, 16, 1, "The login already has an account under a different user name.");
  public static final ErrorTemplate PASSWORD_NOT_COMPLEX =
      e(15118, 16, 1, "Password validation failed. The password does not meet the operating system policy requirements because it is not complex enough.");
  public static final ErrorTemplate ROLE_HAS_MEMBERS = e(15144, 16, 1, "The role has members. It must be empty before it can be dropped.");
  /** "Cannot %S_MSG the %S_MSG '%.*ls', because it does not exist or you do not have permission." */
  public static final ErrorTemplate CANNOT_ACT_ON =
      e(15151, 16, 1, "Cannot %s the %s '%s', because it does not exist or you do not have permission.");
  /** "Cannot %S_MSG the %S_MSG '%.*ls'." (dbo, guest, fixed roles …). */
  public static final ErrorTemplate CANNOT_ACT_ON_BUILTIN = e(15150, 16, 1, "Cannot %s the %s '%s'.");
  public static final ErrorTemplate NO_PERMISSION = e(15247, 16, 1, "User does not have permission to perform this action.");
  public static final ErrorTemplate DATABASE_NOT_FOUND =
      e(15010, 16, 1, "The database '%s' does not exist. Supply a valid database name. To see available databases, use sys.databases.");
  public static final ErrorTemplate EXPIRATION_WITHOUT_POLICY =
      e(15122, 16, 1, "The CHECK_EXPIRATION option cannot be used when CHECK_POLICY is OFF.");
  public static final ErrorTemplate GRANTOR_LACKS_PERMISSION = e(4613, 16, 1, "Grantor does not have GRANT permission.");
  public static final ErrorTemplate LOGIN_LOGGED_IN = e(15434, 16, 1, "Could not drop login '%s' as the user is currently logged in.");
  public static final ErrorTemplate CANNOT_IMPERSONATE_LOGIN =
      e(15406, 16, 1, "Cannot execute as the server principal because the principal \"%s\" does not exist, this type of principal cannot be impersonated, or you do not have permission.");
  public static final ErrorTemplate CANNOT_IMPERSONATE_USER =
      e(15517, 16, 1, "Cannot execute as the database principal because the principal \"%s\" does not exist, this type of principal cannot be impersonated, or you do not have permission.");
  public static final ErrorTemplate NOTHING_TO_REVERT = e(15357, 16, 1, "The current security context cannot be reverted. Please switch to the original database where 'Execute As' was called and try it again.");
  public static final ErrorTemplate CASCADE_REQUIRED = e(4611, 16, 1, "To revoke or deny grantable privileges, specify the CASCADE option.");
  public static final ErrorTemplate CANNOT_FIND = e(15151, 16, 1, "Cannot find the %s '%s', because it does not exist or you do not have permission.");
  public static final ErrorTemplate NO_RECONFIGURE = e(5812, 14, 1, "You do not have permission to run the RECONFIGURE statement.");
  public static final ErrorTemplate NO_KILL = e(6102, 14, 1, "User does not have permission to use the KILL statement.");
  public static final ErrorTemplate CANNOT_FIND_OBJECT =
      e(1088, 16, 7, "Cannot find the object \"%s\" because it does not exist or you do not have permissions.");
  public static final ErrorTemplate OWNS_SCHEMA_OR_ROLE =
      e(15138, 16, 1, "The database principal owns a %s in the database, and cannot be dropped.");
}
