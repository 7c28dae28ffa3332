package dev.quern.engine.exec;

import dev.quern.catalog.meta.DbPrincipal;
import dev.quern.catalog.meta.Login;
import dev.quern.catalog.meta.Security;
import dev.quern.engine.ast.SecurityStatement;
import dev.quern.engine.error.PrincipalProcedureErrors;
import dev.quern.engine.error.SecurityErrors;
import dev.quern.engine.security.Principals;
import dev.quern.engine.session.SessionSecurity;

/**
 * EXECUTE AS LOGIN | USER = 'name' and REVERT ("EXECUTE AS (Transact-SQL)"): impersonating a login
 * takes IMPERSONATE on it, held here by sysadmins (15406 otherwise, and for a login that does not
 * exist or is disabled); impersonating a user takes db_owner in the current database (15517). REVERT
 * returns to the previous context; without one it does nothing.
 */
final class ExecuteAsCommand {
  private final SecurityDdl ctx;

  ExecuteAsCommand(SecurityDdl ctx) {
    this.ctx = ctx;
  }

  void executeAs(SecurityStatement.ExecuteAs e) {
    Security sec = ctx.records();
    SessionSecurity security = ctx.state().security();
    if (e.login()) {
      boolean sa = e.name().equalsIgnoreCase(Principals.SA);
      Login login = sa ? null : sec.login(e.name()).filter(l -> !l.disabled()).orElse(null);
      if (!ctx.state().isSysadmin() || !sa && login == null) {
        throw SecurityErrors.CANNOT_IMPERSONATE_LOGIN.raise(e.name());
      }
      security.push(new SessionSecurity.Context(sa ? Principals.SA : login.name(), 0, null));
      return;
    }
    int db = ctx.state().databaseId();
    DbPrincipal user = sec.principal(db, e.name()).filter(DbPrincipal::isUser).orElse(null);
    if (user == null || !ctx.mayAlterDatabasePrincipals()) {
      throw SecurityErrors.CANNOT_IMPERSONATE_USER.raise(e.name());
    }
    security.push(new SessionSecurity.Context(null, db, user.name()));
  }

  void revert() {
    if (ctx.state().security().applicationRole().isPresent()) {
      // Only sp_unsetapprole, with the cookie, leaves an application role.
      throw PrincipalProcedureErrors.CONTEXT_SET_BY.raise("SetAppRole", "Revert");
    }
    ctx.state().security().pop();
  }
}
