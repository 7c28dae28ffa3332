package dev.quern.engine.error;

import static dev.quern.engine.error.Abort.STATEMENT;

/**
 * The errors and messages of application roles and of the security system procedures (sp_setapprole,
 * sp_helpuser, sp_change_users_login, the legacy sp_add… / sp_drop… procedures), with SQL Server's
 * numbers, severities and us_english texts (sys.messages, 15000–15999). Beside {@link
 * SecurityErrors}, which the statements share.
 */
public final class PrincipalProcedureErrors {
  private PrincipalProcedureErrors() {}

  private static ErrorTemplate e(int n, int sev, String text) {
    return new ErrorTemplate(n, sev, 1, text, STATEMENT);
  }

  public static final ErrorTemplate APPLICATION_ROLE_PASSWORD_NULL = e(15034, 16, "The application role password must not be NULL.");
  public static final ErrorTemplate CANNOT_SET_APPLICATION_ROLE =
      e(15161, 16, "Cannot set application role '%s' because it does not exist or the password is incorrect.");
  public static final ErrorTemplate APPLICATION_ROLE_AD_HOC_ONLY = e(15422, 16, "Application roles can only be activated at the ad hoc level.");
  public static final ErrorTemplate AD_HOC_PROCEDURE = e(15432, 16, "Stored procedure '%s' can only be executed at the ad hoc level.");
  public static final ErrorTemplate SETAPPROLE_MISUSED =
      e(2762, 16, "sp_setapprole was not invoked correctly. Refer to the documentation for more information.");
  public static final ErrorTemplate DATABASE_PINNED =
      e(505, 16, "The current user account was invoked with SETUSER or SP_SETAPPROLE. Changing databases is not allowed.");
  public static final ErrorTemplate CANNOT_UNSET_APPLICATION_ROLE =
      e(15592, 16, "Cannot unset application role because none was set or the cookie is invalid.");
  public static final ErrorTemplate CONTEXT_SET_BY =
      e(15357, 16, "The current security context was set by \"%s\". It cannot be reverted by statement \"%s\".");
  public static final ErrorTemplate INVALID_OPTION = e(15600, 15, "An invalid parameter or option was specified for procedure '%s'.");
  public static final ErrorTemplate USER_NOT_IN_DATABASE = e(15008, 16, "User '%s' does not exist in the current database.");
  public static final ErrorTemplate NOT_USER_ROLE_OR_ALIAS = e(15198, 16, "The name supplied (%s) is not a user, role, or aliased login.");
  public static final ErrorTemplate NOT_A_ROLE = e(15409, 11, "'%s' is not a role.");
  public static final ErrorTemplate NOT_A_FIXED_ROLE = e(15412, 11, "'%s' is not a known fixed role.");
  public static final ErrorTemplate NOT_A_FIXED_SERVER_ROLE = e(15402, 11, "'%s' is not a fixed server role.");
  public static final ErrorTemplate NO_MATCHING_ROWS = e(15330, 11, "There are no matching rows on which to report.");
  public static final ErrorTemplate UNKNOWN_ACTION =
      e(15286, 16, "Terminating this procedure. The @action '%s' is unrecognized. Try 'REPORT', 'UPDATE_ONE', or 'AUTO_FIX'.");
  public static final ErrorTemplate FORBIDDEN_LOGIN_NAME =
      e(15287, 16, "Terminating this procedure. '%s' is a forbidden value for the login name parameter in this procedure.");
  public static final ErrorTemplate NO_OPEN_TRANSACTION =
      e(15289, 16, "Terminating this procedure. Cannot have an open transaction when this is run.");
  public static final ErrorTemplate NAME_ABSENT_OR_INVALID = e(15291, 16, "Terminating this procedure. The %s name '%s' is absent or invalid.");
  public static final ErrorTemplate DUPLICATE_SID = e(15331, 11, "The user '%s' cannot take the action auto_fix due to duplicate SID.");
  public static final ErrorTemplate FIXED_BY_EXISTING_LOGIN =
      e(15292, 10, "The row for user '%s' will be fixed by updating its login link to a login already in existence.");
  public static final ErrorTemplate FIXED_BY_NEW_LOGIN =
      e(15293, 10, "Barring a conflict, the row for user '%s' will be fixed by updating its link to a new login.");
  public static final ErrorTemplate FIXED_WITH_NEW_LOGINS =
      e(15294, 10, "The number of orphaned users fixed by adding new logins and then updating users was %d.");
  public static final ErrorTemplate FIXED_BY_UPDATING = e(15295, 10, "The number of orphaned users fixed by updating users was %d.");
}
