package dev.quern.engine.external;

import dev.quern.engine.session.PermissionGate;
import dev.quern.engine.session.SessionState;

/**
 * EXECUTE ANY EXTERNAL SCRIPT (ml-services.md §4.1): a database permission, held by sysadmins and
 * db_owner members (CONTROL on the database implies it), and by the users and roles it was granted
 * to with {@code GRANT EXECUTE ANY EXTERNAL SCRIPT TO …} in the current database (a DENY wins).
 */
public final class ExternalScriptPermissions {
  public static final String PERMISSION = "EXECUTE ANY EXTERNAL SCRIPT";

  private ExternalScriptPermissions() {}

  /** Whether the session may run sp_execute_external_script in its current database. */
  public static boolean mayExecuteExternalScript(SessionState state) {
    return PermissionGate.hasDatabasePermission(state, PERMISSION);
  }
}
