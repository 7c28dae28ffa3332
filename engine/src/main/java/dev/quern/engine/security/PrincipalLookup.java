package dev.quern.engine.security;

import dev.quern.catalog.meta.DbPrincipal;
import dev.quern.catalog.meta.Login;
import dev.quern.catalog.meta.RoleMember;
import dev.quern.catalog.meta.Security;
import java.util.Optional;

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
    Optional<Integer> roleId = Principals.databasePrincipal(role)
        .filter(p -> p.type().equals("R")).map(Principals.DatabasePrincipal::id);
    if (roleId.isEmpty()) {
      roleId = sec.principal(db, role).filter(DbPrincipal::isRole).map(DbPrincipal::id);
    }
    if (roleId.isEmpty()) {
      return Optional.empty();
    }
    int id = roleId.get();
    // dbo (a sysadmin's user) is in db_owner and public only, as IS_MEMBER reports it.
    return Optional.of(user.map(u -> u.roles().contains(id)).orElse(id == 0));
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
}
