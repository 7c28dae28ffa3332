package dev.quern.engine.exec;

import dev.quern.catalog.kv.KvTxn;
import dev.quern.catalog.meta.Catalog;
import dev.quern.catalog.meta.Security;
import dev.quern.engine.api.ResultSink;
import dev.quern.engine.ast.SecurityStatement;
import dev.quern.engine.ast.SecurityStatement.Command;
import dev.quern.engine.error.SecurityErrors;
import dev.quern.engine.security.DatabaseUser;
import dev.quern.engine.security.Principals;
import dev.quern.engine.session.SessionState;

/**
 * Runs a security statement: logins ({@link LoginDdl}), users, roles and memberships ({@link
 * PrincipalDdl}), application roles ({@link ApplicationRoleDdl}), GRANT/DENY/REVOKE ({@link PermissionDdl}), EXECUTE AS/REVERT ({@link
 * ExecuteAsCommand}). The records live in the main store's catalog and are written in the
 * statement's transaction, as other DDL.
 */
final class SecurityDdl {
  private final SessionState state;

  SecurityDdl(SessionState state) {
    this.state = state;
  }

  void run(Command command, ResultSink sink) {
    switch (command) {
      case SecurityStatement.CreateLogin c -> new LoginDdl(this).create(c);
      case SecurityStatement.AlterLogin a -> new LoginDdl(this).alter(a);
      case SecurityStatement.DropLogin d -> new LoginDdl(this).drop(d);
      case SecurityStatement.AlterServerRole r -> new LoginDdl(this).serverRole(r);
      case SecurityStatement.CreateUser c -> new PrincipalDdl(this).createUser(c);
      case SecurityStatement.AlterUser a -> new PrincipalDdl(this).alterUser(a);
      case SecurityStatement.DropUser d -> new PrincipalDdl(this).dropUser(d);
      case SecurityStatement.CreateRole c -> new PrincipalDdl(this).createRole(c);
      case SecurityStatement.DropRole d -> new PrincipalDdl(this).dropRole(d);
      case SecurityStatement.AlterRole r -> new PrincipalDdl(this).alterRole(r);
      case SecurityStatement.CreateApplicationRole c -> new ApplicationRoleDdl(this).create(c);
      case SecurityStatement.AlterApplicationRole a -> new ApplicationRoleDdl(this).alter(a);
      case SecurityStatement.DropApplicationRole d -> new ApplicationRoleDdl(this).drop(d);
      case SecurityStatement.Grant g -> new PermissionDdl(this).run(g);
      case SecurityStatement.ExecuteAs e -> new ExecuteAsCommand(this).executeAs(e);
      case SecurityStatement.Revert r -> new ExecuteAsCommand(this).revert();
      case SecurityStatement.AlterAuthorization a -> {
        if (a.on() != SecurityStatement.SecurableClass.SCHEMA) {
          // Objects belong to their schema's owner, and the database to its creator (dbo).
          throw dev.quern.engine.error.SqlErrors.OPTION_NOT_SUPPORTED.raise("ALTER AUTHORIZATION ON " + a.on());
        }
        requireDatabaseSecurityAdmin();
        new SchemaDdl(state).alterOwner(a.securable().getLast(), a.principal());
      }
    }
  }

  SessionState state() {
    return state;
  }

  Catalog main() {
    return state.store().storage().main();
  }

  KvTxn txn() {
    return state.store().txn(main());
  }

  /** The security records as the running statement sees them. */
  Security records() {
    return state.store().metadata(main()).security();
  }

  /** After a write: the statement changed metadata. */
  void written() {
    state.store().markDdl();
  }

  long now() {
    return System.currentTimeMillis();
  }

  /** ALTER ANY LOGIN: sysadmin and securityadmin members. */
  boolean mayAlterLogins() {
    return state.isSysadmin() || state.isServerRoleMember("securityadmin").orElse(false);
  }

  /** ALTER ANY USER / ROLE and GRANT in the current database: db_owner, db_securityadmin, db_accessadmin members. */
  boolean mayAlterDatabasePrincipals() {
    if (state.isSysadmin()) {
      return true;
    }
    DatabaseUser u = state.user(state.databaseId()).orElse(null);
    return u != null && (u.isOwner() || u.roles().contains(16385) || u.roles().contains(16386));
  }

  void requireDatabaseSecurityAdmin() {
    if (!mayAlterDatabasePrincipals()) {
      throw SecurityErrors.NO_PERMISSION.raise();
    }
  }

  static boolean isBuiltinUser(String name) {
    return Principals.databasePrincipal(name).isPresent();
  }
}
