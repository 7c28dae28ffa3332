package dev.quern.engine.security;

import dev.quern.catalog.meta.DbPrincipal;
import dev.quern.catalog.meta.Login;
import dev.quern.catalog.meta.RoleMember;
import dev.quern.catalog.meta.Security;
import java.util.Optional;
import java.util.Set;

/**
 * What the security functions answer (USER_ID, USER_NAME, IS_MEMBER, SUSER_ID, SUSER_NAME,
 * IS_SRVROLEMEMBER) over the built-in principals of {@link Principals} and the created ones of the
 * catalog.
 */
public final class PrincipalLookup {
  private PrincipalLookup() {}

  public static Optional<Integer> databasePrincipalId(Security sec, int db, String name) {
    Optional<Integer> builtin = Principals.databasePrincipal(name).map(Principals.DatabasePrincipal::id);
    return builtin.isPresent() ? builtin : sec.principal(db, name).map(DbPrincipal::id);
  }

  public static Optional<String> databasePrincipalName(Security sec, int db, int id) {
    Optional<String> builtin = Principals.databasePrincipal(id).map(Principals.DatabasePrincipal::name);
    return builtin.isPresent() ? builtin : sec.principal(db, id).map(DbPrincipal::name);
  }

  /** IS_MEMBER(role) for {@code user} (empty user: no access, every answer 0); empty for no such role. */
  public static Optional<Boolean> isMember(Security sec, int db, Optional<DatabaseUser> user, String role) {
    // dbo (a sysadmin's user) is in db_owner and public only, as IS_MEMBER reports it.
    return roleId(sec, db, role).map(id -> user.map(u -> u.roles().contains(id)).orElse(id == 0));
  }

  /**
   * IS_ROLEMEMBER(role, principal): whether a user, role or application role of the database is in
   * the role, through nested roles too; empty when either does not exist.
   */
  public static Optional<Boolean> isRoleMember(Security sec, int db, String role, String principal) {
    Optional<Integer> roleId = roleId(sec, db, role);
    Optional<Integer> principalId = databasePrincipalId(sec, db, principal);
    if (roleId.isEmpty() || principalId.isEmpty()) {
      return Optional.empty();
    }
    Set<Integer> roles = principalId.get() == Principals.DBO_ID
        ? Set.of(0, Principals.DB_OWNER_ID)
        : Access.roles(sec, db, principalId.get());
    return Optional.of(roles.contains(roleId.get()));
  }

  private static Optional<Integer> roleId(Security sec, int db, String role) {
    Optional<Integer> builtin = Principals.databasePrincipal(role)
        .filter(p -> p.type().equals("R")).map(Principals.DatabasePrincipal::id);
    return builtin.isPresent()
        ? builtin
        : sec.principal(db, role).filter(DbPrincipal::isRole).map(DbPrincipal::id);
  }

  public static Optional<Integer> serverPrincipalId(Security sec, String name) {
    Optional<Integer> builtin = Principals.serverPrincipal(name).map(Principals.ServerPrincipal::id);
    return builtin.isPresent() ? builtin : sec.login(name).map(Login::id);
  }

  public static Optional<String> serverPrincipalName(Security sec, int id) {
    Optional<String> builtin = Principals.serverPrincipal(id).map(Principals.ServerPrincipal::name);
    return builtin.isPresent() ? builtin : sec.login(id).map(Login::name);
  }

  /** IS_SRVROLEMEMBER: a sysadmin is in every fixed role; others by their stored memberships. */
  public static Optional<Boolean> isServerRoleMember(Security sec, Optional<LoginIdentity> login, String role) {
    Optional<Principals.ServerPrincipal> r = Principals.serverPrincipal(role).filter(p -> p.type().equals("R"));
    if (r.isEmpty()) {
      return Optional.empty();
    }
    if (r.get().id() == 2 || login.map(LoginIdentity::sysadmin).orElse(false)) {
      return Optional.of(true);
    }
    int loginId = login.map(LoginIdentity::id).orElse(-1);
    return Optional.of(sec.members(0).stream()
        .anyMatch((RoleMember m) -> m.roleId() == r.get().id() && m.memberId() == loginId));
  }

  /** IS_SRVROLEMEMBER(role, login): as for the session's own login; empty for an unknown login. */
  public static Optional<Boolean> isServerRoleMember(Security sec, String role, String login) {
    if (Principals.serverPrincipal(login).filter(p -> p.id() == Principals.SA_ID).isPresent()) {
      return isServerRoleMember(sec, Optional.of(LoginIdentity.SA), role);
    }
    Optional<Login> l = sec.login(login);
    if (l.isEmpty()) {
      return Optional.empty();
    }
    return isServerRoleMember(sec, Optional.of(Access.identity(sec, l.get())), role);
  }
}
