package dev.quern.engine.exec;

import dev.quern.catalog.meta.DbPrincipal;
import dev.quern.catalog.meta.Security;
import dev.quern.engine.ast.SecurityStatement;
import dev.quern.engine.error.SecurityErrors;
import dev.quern.engine.security.PasswordHash;
import dev.quern.engine.security.PasswordPolicy;
import dev.quern.engine.security.Principals;

/**
 * CREATE / ALTER / DROP APPLICATION ROLE ("CREATE APPLICATION ROLE (Transact-SQL)"): a database
 * principal of type 'A' with a password, which sp_setapprole activates. Its password must pass the
 * complexity policy, as a login's under CHECK_POLICY (15118), and is stored only as its salted
 * hash; its default schema is dbo unless given. It has no login and no owner, may be a member of
 * database roles, and is dropped with its memberships and the permissions granted to it.
 */
final class ApplicationRoleDdl {
  private final SecurityDdl ctx;
  private final int db;

  ApplicationRoleDdl(SecurityDdl ctx) {
    this.ctx = ctx;
    this.db = ctx.state().databaseId();
  }

  void create(SecurityStatement.CreateApplicationRole c) {
    ctx.requireDatabaseSecurityAdmin();
    PrincipalDdl principals = new PrincipalDdl(ctx);
    principals.requireFreeName(ctx.records(), c.name());
    requireComplex(c.password(), c.name());
    long now = ctx.now();
    String schema = c.defaultSchema() != null ? c.defaultSchema() : "dbo";
    DbPrincipal role = new DbPrincipal(db, ctx.main().security().newPrincipalId(db), c.name(), 'A', null, schema,
        Principals.DBO_ID, now, now, PasswordHash.of(c.password()).encode());
    ctx.main().security().savePrincipal(ctx.txn(), null, role);
    ctx.written();
  }

  void alter(SecurityStatement.AlterApplicationRole a) {
    ctx.requireDatabaseSecurityAdmin();
    Security sec = ctx.records();
    DbPrincipal old = existing(sec, a.name(), "alter");
    long now = ctx.now();
    DbPrincipal changed = old;
    if (a.newName() != null && !a.newName().equalsIgnoreCase(old.name())) {
      new PrincipalDdl(ctx).requireFreeName(sec, a.newName());
      changed = changed.withName(a.newName(), now);
    }
    if (a.password() != null) {
      requireComplex(a.password(), changed.name());
      changed = changed.withPasswordHash(PasswordHash.of(a.password()).encode(), now);
    }
    if (a.defaultSchema() != null) {
      changed = changed.withDefaultSchema(a.defaultSchema(), now);
    }
    ctx.main().security().savePrincipal(ctx.txn(), old, changed);
    ctx.written();
  }

  void drop(SecurityStatement.DropApplicationRole d) {
    ctx.requireDatabaseSecurityAdmin();
    Security sec = ctx.records();
    new PrincipalDdl(ctx).drop(sec, existing(sec, d.name(), "drop"));
  }

  private DbPrincipal existing(Security sec, String name, String verb) {
    return sec.principal(db, name).filter(DbPrincipal::isApplicationRole)
        .orElseThrow(() -> SecurityErrors.CANNOT_ACT_ON.raise(verb, "application role", name));
  }

  private static void requireComplex(String password, String name) {
    if (!PasswordPolicy.complexEnough(password, name)) {
      throw SecurityErrors.PASSWORD_NOT_COMPLEX.raise();
    }
  }
}
