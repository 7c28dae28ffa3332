package dev.quern.engine.exec;

import dev.quern.catalog.meta.DbPrincipal;
import dev.quern.catalog.meta.Login;
import dev.quern.catalog.meta.Permission;
import dev.quern.catalog.meta.RoleMember;
import dev.quern.catalog.meta.Security;
import dev.quern.engine.ast.SecurityStatement;
import dev.quern.engine.error.SecurityErrors;
import dev.quern.engine.security.Principals;
import java.util.Optional;

/**
 * CREATE / ALTER / DROP USER and ROLE, ALTER ROLE … ADD|DROP MEMBER in the current database ("CREATE
 * USER", "CREATE ROLE", "ALTER ROLE" in the T-SQL reference). Users map to logins by sid; the
 * built-in users and fixed roles are not stored and cannot be altered or dropped (15150).
 */
final class PrincipalDdl {
  private final SecurityDdl ctx;
  private final int db;

  PrincipalDdl(SecurityDdl ctx) {
    this.ctx = ctx;
    this.db = ctx.state().databaseId();
  }

  void createUser(SecurityStatement.CreateUser c) {
    ctx.requireDatabaseSecurityAdmin();
    Security sec = ctx.records();
    requireFreeName(sec, c.name());
    byte[] sid = null;
    if (!c.withoutLogin()) {
      String loginName = c.login() != null ? c.login() : c.name();
      if (loginName.equalsIgnoreCase(Principals.SA)) {
        throw SecurityErrors.LOGIN_HAS_USER.raise(); // sa is dbo in every database
      }
      Login login = sec.login(loginName).orElseThrow(() -> SecurityErrors.NOT_A_VALID_LOGIN.raise(loginName));
      if (sec.userFor(db, login.sid()).isPresent()) {
        throw SecurityErrors.LOGIN_HAS_USER.raise();
      }
      sid = login.sid();
    }
    long now = ctx.now();
    String schema = c.defaultSchema() != null ? c.defaultSchema() : "dbo";
    DbPrincipal user = new DbPrincipal(db, ctx.main().security().newPrincipalId(db), c.name(), 'S', sid, schema,
        Principals.DBO_ID, now, now);
    ctx.main().security().savePrincipal(ctx.txn(), null, user);
    ctx.written();
  }

  void alterUser(SecurityStatement.AlterUser a) {
    ctx.requireDatabaseSecurityAdmin();
    if (SecurityDdl.isBuiltinUser(a.name())) {
      throw SecurityErrors.CANNOT_ACT_ON_BUILTIN.raise("alter", "user", a.name());
    }
    Security sec = ctx.records();
    DbPrincipal old = sec.principal(db, a.name()).filter(DbPrincipal::isUser)
        .orElseThrow(() -> SecurityErrors.CANNOT_ACT_ON.raise("alter", "user", a.name()));
    long now = ctx.now();
    DbPrincipal changed = old;
    if (a.newName() != null && !a.newName().equalsIgnoreCase(old.name())) {
      requireFreeName(sec, a.newName());
      changed = changed.withName(a.newName(), now);
    }
    if (a.defaultSchema() != null) {
      changed = changed.withDefaultSchema(a.defaultSchema(), now);
    }
    if (a.login() != null) {
      Login login = sec.login(a.login()).orElseThrow(() -> SecurityErrors.NOT_A_VALID_LOGIN.raise(a.login()));
      if (sec.userFor(db, login.sid()).filter(p -> p.id() != old.id()).isPresent()) {
        throw SecurityErrors.LOGIN_HAS_USER.raise();
      }
      changed = changed.withSid(login.sid(), now);
    }
    ctx.main().security().savePrincipal(ctx.txn(), old, changed);
    ctx.written();
  }

  void dropUser(SecurityStatement.DropUser d) {
    ctx.requireDatabaseSecurityAdmin();
    if (SecurityDdl.isBuiltinUser(d.name())) {
      throw SecurityErrors.CANNOT_ACT_ON_BUILTIN.raise("drop", "user", d.name());
    }
    Security sec = ctx.records();
    Optional<DbPrincipal> user = sec.principal(db, d.name()).filter(DbPrincipal::isUser);
    if (user.isEmpty()) {
      if (d.ifExists()) {
        return;
      }
      throw SecurityErrors.CANNOT_ACT_ON.raise("drop", "user", d.name());
    }
    drop(sec, user.get());
  }

  void createRole(SecurityStatement.CreateRole c) {
    ctx.requireDatabaseSecurityAdmin();
    Security sec = ctx.records();
    requireFreeName(sec, c.name());
    int owner = Principals.DBO_ID;
    if (c.owner() != null) {
      owner = principalId(sec, c.owner())
          .orElseThrow(() -> SecurityErrors.CANNOT_FIND.raise("user", c.owner()));
    }
    long now = ctx.now();
    DbPrincipal role = new DbPrincipal(db, ctx.main().security().newPrincipalId(db), c.name(), 'R', null, null,
        owner, now, now);
    ctx.main().security().savePrincipal(ctx.txn(), null, role);
    ctx.written();
  }

  void dropRole(SecurityStatement.DropRole d) {
    ctx.requireDatabaseSecurityAdmin();
    Optional<Principals.DatabasePrincipal> builtin = Principals.databasePrincipal(d.name());
    if (builtin.isPresent() && builtin.get().type().equals("R")) {
      throw SecurityErrors.CANNOT_ACT_ON_BUILTIN.raise("drop", "role", d.name());
    }
    Security sec = ctx.records();
    Optional<DbPrincipal> role = sec.principal(db, d.name()).filter(DbPrincipal::isRole);
    if (role.isEmpty()) {
      if (d.ifExists()) {
        return;
      }
      throw SecurityErrors.CANNOT_ACT_ON.raise("drop", "role", d.name());
    }
    if (sec.members(db).stream().anyMatch(m -> m.roleId() == role.get().id())) {
      throw SecurityErrors.ROLE_HAS_MEMBERS.raise();
    }
    drop(sec, role.get());
  }

  /** ALTER ROLE r ADD|DROP MEMBER p: r a created or fixed role (not public), p a user or role. */
  void alterRole(SecurityStatement.AlterRole r) {
    ctx.requireDatabaseSecurityAdmin();
    Security sec = ctx.records();
    Optional<Integer> roleId = roleId(sec, r.role());
    if (roleId.isEmpty() || roleId.get() == 0) {
      throw SecurityErrors.CANNOT_ACT_ON.raise("alter", "role", r.role());
    }
    Optional<Integer> member = principalId(sec, r.member());
    if (member.isEmpty() || member.get() == Principals.DBO_ID || member.get().equals(roleId.get())) {
      throw SecurityErrors.CANNOT_ACT_ON.raise(r.add() ? "add" : "drop", "principal", r.member());
    }
    RoleMember m = new RoleMember(db, roleId.get(), member.get());
    if (r.add()) {
      ctx.main().security().addMember(ctx.txn(), m);
    } else {
      ctx.main().security().dropMember(ctx.txn(), m);
    }
    ctx.written();
  }

  /** Drops a user or role with its memberships and the permissions granted to it. */
  void drop(Security sec, DbPrincipal p) {
    if (ctx.state().store().metadata(ctx.state().store().storage().catalog(db)).schemas(db).stream().anyMatch(s -> s.principalId() == p.id())) {
      throw SecurityErrors.OWNS_SCHEMA_OR_ROLE.raise("schema");
    }
    if (sec.principals(db).stream().anyMatch(o -> o.isRole() && o.ownerId() == p.id())) {
      throw SecurityErrors.OWNS_SCHEMA_OR_ROLE.raise("role");
    }
    for (RoleMember m : sec.members(db)) {
      if (m.memberId() == p.id()) {
        ctx.main().security().dropMember(ctx.txn(), m);
      }
    }
    for (Permission perm : sec.permissions(db)) {
      if (perm.granteeId() == p.id()) {
        ctx.main().security().deletePermission(ctx.txn(), perm);
      }
    }
    ctx.main().security().dropPrincipal(ctx.txn(), p);
    ctx.written();
  }

  void requireFreeName(Security sec, String name) {
    if (Principals.databasePrincipal(name).isPresent() || sec.principal(db, name).isPresent()) {
      throw SecurityErrors.PRINCIPAL_EXISTS_IN_DATABASE.raise(name);
    }
  }

  /** A user or role of the current database, built-in or created. */
  Optional<Integer> principalId(Security sec, String name) {
    Optional<Integer> builtin = Principals.databasePrincipal(name).map(Principals.DatabasePrincipal::id);
    return builtin.isPresent() ? builtin : sec.principal(db, name).map(DbPrincipal::id);
  }

  private Optional<Integer> roleId(Security sec, String name) {
    Optional<Principals.DatabasePrincipal> builtin = Principals.databasePrincipal(name);
    if (builtin.isPresent()) {
      return builtin.filter(p -> p.type().equals("R")).map(Principals.DatabasePrincipal::id);
    }
    return sec.principal(db, name).filter(DbPrincipal::isRole).map(DbPrincipal::id);
  }
}
