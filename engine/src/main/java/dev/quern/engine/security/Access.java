package dev.quern.engine.security;

import dev.quern.catalog.meta.DbPrincipal;
import dev.quern.catalog.meta.Login;
import dev.quern.catalog.meta.Permission;
import dev.quern.catalog.meta.RoleMember;
import dev.quern.catalog.meta.Security;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Maps a login to its identity and to its user in a database ("Principals (Database Engine)"): a
 * sysadmin is dbo everywhere; another login is the user whose sid is its own; without one it is
 * guest where guest may connect (master, tempdb and msdb, as SQL Server ships them, or where
 * CONNECT was granted to guest), and has no access elsewhere (916).
 */
public final class Access {
  private static final Set<Integer> GUEST_DATABASES = Set.of(1, 2, 4);

  private Access() {}

  /** The identity of login {@code name}; empty for a name that is no login. */
  public static Optional<LoginIdentity> login(Security sec, String name) {
    if (name.equalsIgnoreCase(Principals.SA)) {
      return Optional.of(LoginIdentity.SA);
    }
    return sec.login(name).map(l -> identity(sec, l));
  }

  static LoginIdentity identity(Security sec, Login l) {
    boolean sysadmin = sec.members(0).stream()
        .anyMatch(m -> m.roleId() == Principals.SYSADMIN_ID && m.memberId() == l.id());
    return new LoginIdentity(l.name(), l.id(), l.sid(), sysadmin);
  }

  /** The user {@code login} is in database {@code databaseId}; empty when it may not enter it. */
  public static Optional<DatabaseUser> user(Security sec, LoginIdentity login, int databaseId) {
    if (login.sysadmin()) {
      return Optional.of(new DatabaseUser(Principals.DBO_ID, "dbo", "dbo", Set.of(0, Principals.DB_OWNER_ID)));
    }
    Optional<DbPrincipal> mapped = sec.userFor(databaseId, login.sid());
    if (mapped.isPresent()) {
      return connectDenied(sec, databaseId, mapped.get().id())
          ? Optional.empty()
          : Optional.of(user(sec, databaseId, mapped.get()));
    }
    if (guestEnabled(sec, databaseId)) {
      return Optional.of(new DatabaseUser(Principals.GUEST_ID, "guest", "guest", roles(sec, databaseId, Principals.GUEST_ID)));
    }
    return Optional.empty();
  }

  /** A created user with its roles (EXECUTE AS USER, or a login's mapped user). */
  public static DatabaseUser user(Security sec, int databaseId, DbPrincipal p) {
    return new DatabaseUser(p.id(), p.name(), p.defaultSchema() == null ? "dbo" : p.defaultSchema(), roles(sec, databaseId, p.id()));
  }

  /** DENY CONNECT TO user: the user (and its login) may not enter the database. */
  private static boolean connectDenied(Security sec, int databaseId, int principalId) {
    return sec.permissions(databaseId).stream().anyMatch(p -> p.classId() == Permission.DATABASE
        && p.granteeId() == principalId && p.permission().equals("CONNECT") && p.denied());
  }

  /** Whether guest has CONNECT in the database. */
  public static boolean guestEnabled(Security sec, int databaseId) {
    boolean granted = false;
    for (Permission p : sec.permissions(databaseId)) {
      if (p.classId() == Permission.DATABASE && p.granteeId() == Principals.GUEST_ID && p.permission().equals("CONNECT")) {
        if (p.denied()) {
          return false;
        }
        granted = true;
      }
    }
    return granted || GUEST_DATABASES.contains(databaseId);
  }

  /** public, and every role {@code principalId} is a member of, through nested roles too. */
  public static Set<Integer> roles(Security sec, int databaseId, int principalId) {
    Set<Integer> roles = new HashSet<>();
    roles.add(0);
    Deque<Integer> todo = new ArrayDeque<>();
    todo.add(principalId);
    while (!todo.isEmpty()) {
      int member = todo.pop();
      for (RoleMember m : sec.members(databaseId)) {
        if (m.memberId() == member && roles.add(m.roleId())) {
          todo.add(m.roleId());
        }
      }
    }
    return Set.copyOf(roles);
  }
}
