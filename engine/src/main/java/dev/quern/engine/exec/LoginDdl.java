package dev.quern.engine.exec;

import dev.quern.catalog.meta.Login;
import dev.quern.catalog.meta.RoleMember;
import dev.quern.catalog.meta.Security;
import dev.quern.engine.ast.SecurityStatement;
import dev.quern.engine.error.SecurityErrors;
import dev.quern.engine.security.PasswordHash;
import dev.quern.engine.security.PasswordPolicy;
import dev.quern.engine.security.SqlServerPasswordHash;
import dev.quern.engine.security.StoredPassword;
import dev.quern.engine.security.Principals;
import dev.quern.engine.session.SessionState;
import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * CREATE / ALTER / DROP LOGIN and ALTER SERVER ROLE ("CREATE LOGIN (Transact-SQL)"). Passwords are
 * stored only as salted PBKDF2 hashes ({@link PasswordHash}); CHECK_POLICY (ON by default) applies
 * {@link PasswordPolicy}. {@code PASSWORD = 0x… HASHED} (a login moved from a SQL Server, as
 * sp_help_revlogin scripts it) keeps SQL Server's hash ({@link SqlServerPasswordHash}; 15021 for
 * bytes that are none), whose password cannot be checked against the policy. A login's sid is its
 * principal id as four bytes unless {@code SID = 0x…} gives one (16 bytes, 15419; unused, 15433).
 * sa itself lives in the server's password file, not here.
 */
final class LoginDdl {
  private final SecurityDdl ctx;

  LoginDdl(SecurityDdl ctx) {
    this.ctx = ctx;
  }

  void create(SecurityStatement.CreateLogin c) {
    if (!ctx.mayAlterLogins()) {
      throw SecurityErrors.NO_PERMISSION.raise();
    }
    Security sec = ctx.records();
    if (isSa(c.name()) || Principals.serverPrincipal(c.name()).isPresent() || sec.login(c.name()).isPresent()) {
      throw SecurityErrors.SERVER_PRINCIPAL_EXISTS.raise(c.name());
    }
    boolean policy = c.checkPolicy() == null || c.checkPolicy();
    boolean expiration = c.checkExpiration() != null && c.checkExpiration();
    if (c.hashedPassword() == null) {
      checkPolicy(c.name(), c.password(), policy, expiration);
    } else if (expiration && !policy) {
      throw SecurityErrors.EXPIRATION_WITHOUT_POLICY.raise();
    }
    String stored = storedPassword(c.password(), c.hashedPassword());
    if (c.sid() != null) {
      checkSid(sec, c.sid());
    }
    String db = c.defaultDatabase() == null ? "master" : existingDatabase(c.defaultDatabase());
    int id = ctx.main().security().newPrincipalId(0);
    long now = ctx.now();
    Login login = new Login(id, c.name(), c.sid() != null ? c.sid() : sid(id), stored, db, false, policy,
        expiration, now, now);
    ctx.main().security().saveLogin(ctx.txn(), null, login);
    ctx.written();
  }

  void alter(SecurityStatement.AlterLogin a) {
    Login old = ctx.records().login(a.name()).orElse(null);
    boolean admin = ctx.mayAlterLogins();
    boolean self = old != null && old.name().equalsIgnoreCase(ctx.state().loginName());
    boolean ownPasswordOnly = a.password() != null && a.defaultDatabase() == null && a.newName() == null
        && a.enable() == null && a.checkPolicy() == null && a.checkExpiration() == null;
    if (old == null || !(admin || self && ownPasswordOnly && a.oldPassword() != null)) {
      throw SecurityErrors.CANNOT_ACT_ON.raise("alter", "login", a.name());
    }
    long now = ctx.now();
    Login changed = old;
    if (a.oldPassword() != null && !StoredPassword.decode(old.passwordHash()).matches(a.oldPassword())) {
      throw SecurityErrors.CANNOT_ACT_ON.raise("alter", "login", a.name());
    }
    if (a.checkPolicy() != null || a.checkExpiration() != null) {
      boolean policy = a.checkPolicy() != null ? a.checkPolicy() : old.checkPolicy();
      boolean expiration = a.checkExpiration() != null ? a.checkExpiration() : old.checkExpiration() && policy;
      if (expiration && !policy) {
        throw SecurityErrors.EXPIRATION_WITHOUT_POLICY.raise();
      }
      changed = changed.withPolicy(policy, expiration, now);
    }
    if (a.password() != null) {
      checkPolicy(old.name(), a.password(), changed.checkPolicy(), false);
    }
    if (a.password() != null || a.hashedPassword() != null) {
      changed = changed.withPasswordHash(storedPassword(a.password(), a.hashedPassword()), now);
    }
    if (a.defaultDatabase() != null) {
      changed = changed.withDefaultDatabase(existingDatabase(a.defaultDatabase()), now);
    }
    if (a.newName() != null && !a.newName().equals(old.name())) {
      Security sec = ctx.records();
      boolean taken = sec.login(a.newName()).filter(l -> l.id() != old.id()).isPresent();
      if (taken || isSa(a.newName()) || Principals.serverPrincipal(a.newName()).isPresent()) {
        throw SecurityErrors.SERVER_PRINCIPAL_EXISTS.raise(a.newName());
      }
      changed = changed.withName(a.newName(), now);
    }
    if (a.enable() != null) {
      changed = changed.withDisabled(!a.enable(), now);
    }
    ctx.main().security().saveLogin(ctx.txn(), old, changed);
    ctx.written();
  }

  void drop(SecurityStatement.DropLogin d) {
    Security sec = ctx.records();
    Optional<Login> login = sec.login(d.name());
    boolean known = login.isPresent() || isSa(d.name());
    if (!known || !ctx.mayAlterLogins()) {
      throw SecurityErrors.CANNOT_ACT_ON.raise("drop", "login", d.name());
    }
    String name = login.map(Login::name).orElse(Principals.SA);
    for (SessionState s : ctx.state().server().sessions()) {
      if (s.security().originalLogin().equalsIgnoreCase(name)) {
        throw SecurityErrors.LOGIN_LOGGED_IN.raise(name);
      }
    }
    if (login.isEmpty()) {
      throw SecurityErrors.CANNOT_ACT_ON.raise("drop", "login", d.name()); // sa's lives in the password file
    }
    for (RoleMember m : sec.members(0)) {
      if (m.memberId() == login.get().id()) {
        ctx.main().security().dropMember(ctx.txn(), m);
      }
    }
    ctx.main().security().dropLogin(ctx.txn(), login.get());
    ctx.written();
  }

  /** ALTER SERVER ROLE fixed_role ADD|DROP MEMBER login: only members of sysadmin may. */
  void serverRole(SecurityStatement.AlterServerRole r) {
    Optional<Principals.ServerPrincipal> role = Principals.serverPrincipal(r.role())
        .filter(Principals.ServerPrincipal::fixedRole);
    if (role.isEmpty() || !ctx.state().isSysadmin()) {
      throw SecurityErrors.CANNOT_ACT_ON.raise("alter", "server role", r.role());
    }
    if (isSa(r.login())) {
      return; // sa is a sysadmin by definition and holds every fixed role's rights
    }
    Login login = ctx.records().login(r.login())
        .orElseThrow(() -> SecurityErrors.CANNOT_ACT_ON.raise(r.add() ? "add" : "drop", "principal", r.login()));
    RoleMember m = new RoleMember(0, role.get().id(), login.id());
    if (r.add()) {
      ctx.main().security().addMember(ctx.txn(), m);
    } else {
      ctx.main().security().dropMember(ctx.txn(), m);
    }
    ctx.written();
  }

  private static void checkPolicy(String login, String password, boolean policy, boolean expiration) {
    if (expiration && !policy) {
      throw SecurityErrors.EXPIRATION_WITHOUT_POLICY.raise();
    }
    if (policy && !PasswordPolicy.complexEnough(password, login)) {
      throw SecurityErrors.PASSWORD_NOT_COMPLEX.raise();
    }
  }

  private String existingDatabase(String name) {
    return ctx.state().server().databases().byName(name)
        .orElseThrow(() -> SecurityErrors.DATABASE_NOT_FOUND.raise(name)).name();
  }

  private static boolean isSa(String name) {
    return name.equalsIgnoreCase(Principals.SA);
  }

  /** Quern's sids are principal ids: one byte for the built-in principals, four for created logins. */
  /** The catalog's form of a password, or of a SQL Server hash given with HASHED (15021 if none). */
  private static String storedPassword(String password, byte[] hashed) {
    if (hashed == null) {
      return PasswordHash.of(password).encode();
    }
    return SqlServerPasswordHash.of(hashed)
        .orElseThrow(() -> SecurityErrors.INVALID_PARAMETER_VALUE.raise("PASSWORD"))
        .encode();
  }

  /** A SID given to CREATE LOGIN: a SQL login's is 16 bytes (15419), and no other login's (15433). */
  private static void checkSid(Security sec, byte[] sid) {
    if (sid.length != 16) {
      throw SecurityErrors.SID_NOT_BINARY_16.raise();
    }
    if (sec.loginBySid(sid).isPresent()) {
      throw SecurityErrors.SID_IN_USE.raise();
    }
  }

  static byte[] sid(int id) {
    return ByteBuffer.allocate(4).putInt(id).array();
  }
}
