package dev.quern.engine.dbcc;

import dev.quern.engine.error.Abort;
import dev.quern.engine.error.ErrorTemplate;
import dev.quern.engine.security.DatabaseUser;
import dev.quern.engine.session.Databases;
import dev.quern.engine.session.SessionState;

/**
 * Who may run a DBCC command, as "DBCC (Transact-SQL)" states per command, with the errors SQL
 * Server gives the caller who may not (its database user's name in them, as probed against SQL
 * Server): the server-wide commands take sysadmin (2571, the state each command raises it with);
 * the database checks take sysadmin or db_owner of the database they check (7983); CHECKTABLE
 * also db_ddladmin (2557). Quern keeps no server-level permissions other than sysadmin, so
 * sysadmin also stands for VIEW / ALTER SERVER STATE.
 */
final class DbccAccess {
  static final ErrorTemplate NO_DATABASE_PERMISSION = new ErrorTemplate(7983, 14, 36,
      "User '%s' does not have permission to run DBCC %s for database '%s'.", Abort.STATEMENT);
  static final ErrorTemplate NO_OBJECT_PERMISSION = new ErrorTemplate(2557, 14, 7,
      "User '%s' does not have permission to run DBCC %s for object '%s'.", Abort.STATEMENT);
  /** DBCC SQLPERF(LOGSPACE) without VIEW SERVER STATE (probed against SQL Server). */
  static final ErrorTemplate NO_PERMISSION = new ErrorTemplate(297, 16, 1,
      "The user does not have permission to perform this action.", Abort.STATEMENT);

  private static final int DB_DDLADMIN_ID = 16387;

  private DbccAccess() {}

  /** sysadmin alone: 2571 naming the command as SQL Server spells it there, with its state. */
  static void sysadmin(DbccCall call, String shownName, int state) {
    if (!call.state().isSysadmin()) {
      throw DbccErrors.NOT_PERMITTED.raiseWithState(state, call.state().userName(), shownName);
    }
  }

  /** sysadmin, or db_owner of {@code db}: 7983 otherwise. */
  static void databaseOwner(DbccCall call, String shownName, Databases.Database db) {
    SessionState s = call.state();
    if (!s.isSysadmin() && !s.user(db.id()).map(DatabaseUser::isOwner).orElse(false)) {
      throw NO_DATABASE_PERMISSION.raise(s.userName(), shownName, db.name());
    }
  }

  /** sysadmin, db_owner or db_ddladmin of the current database: 2557 naming {@code object} otherwise. */
  static void tableMaintainer(DbccCall call, String shownName, String object) {
    SessionState s = call.state();
    boolean may = s.isSysadmin() || s.user(s.databaseId())
        .map(u -> u.isOwner() || u.roles().contains(DB_DDLADMIN_ID)).orElse(false);
    if (!may) {
      throw NO_OBJECT_PERMISSION.raise(s.userName(), shownName, object);
    }
  }
}
