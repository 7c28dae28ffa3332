package dev.quern.engine.proc.security;

import dev.quern.catalog.meta.DbPrincipal;
import dev.quern.catalog.meta.Login;
import dev.quern.catalog.meta.RoleMember;
import dev.quern.catalog.meta.Security;
import dev.quern.engine.security.Principals;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One database's principals as the report procedures list them: the built-in users and roles of
 * {@link Principals} and the created ones, with the memberships (dbo's in db_owner included, as
 * sys.database_role_members shows it) and the login each user maps to by sid (dbo to sa).
 */
record DatabasePrincipals(Security security, int databaseId, List<Principal> all, List<RoleMember> members) {
  /** A user ('S'), database role ('R') or application role ('A'); {@code sid} null when it has none. */
  record Principal(String name, int id, char type, String defaultSchema, byte[] sid, boolean fixedRole) {}

  static DatabasePrincipals of(Security sec, int databaseId) {
    List<Principal> all = new ArrayList<>();
    for (Principals.DatabasePrincipal p : Principals.database()) {
      byte[] sid = p.id() == Principals.DBO_ID ? new byte[] {Principals.SA_ID} : null;
      all.add(new Principal(p.name(), p.id(), p.type().charAt(0), p.defaultSchema(), sid, p.fixedRole()));
    }
    for (DbPrincipal p : sec.principals(databaseId)) {
      all.add(new Principal(p.name(), p.id(), p.type(), p.defaultSchema(), p.sid(), false));
    }
    List<RoleMember> members = new ArrayList<>();
    members.add(new RoleMember(databaseId, Principals.DB_OWNER_ID, Principals.DBO_ID));
    members.addAll(sec.members(databaseId));
    members.sort(Comparator.comparingInt(RoleMember::roleId).thenComparingInt(RoleMember::memberId));
    return new DatabasePrincipals(sec, databaseId, List.copyOf(all), List.copyOf(members));
  }

  Optional<Principal> named(String name) {
    return all.stream().filter(p -> p.name().equalsIgnoreCase(name)).findFirst();
  }

  Optional<Principal> byId(int id) {
    return all.stream().filter(p -> p.id() == id).findFirst();
  }

  List<Principal> ofType(char type) {
    return all.stream().filter(p -> p.type() == type).sorted(Comparator.comparing(Principal::name, String.CASE_INSENSITIVE_ORDER)).toList();
  }

  /** The roles {@code memberId} is directly in, by name. */
  List<Principal> rolesOf(int memberId) {
    return members.stream().filter(m -> m.memberId() == memberId).map(m -> byId(m.roleId()))
        .flatMap(Optional::stream).sorted(Comparator.comparing(Principal::name, String.CASE_INSENSITIVE_ORDER)).toList();
  }

  /** The direct members of {@code roleId}, by name. */
  List<Principal> membersOf(int roleId) {
    return members.stream().filter(m -> m.roleId() == roleId).map(m -> byId(m.memberId()))
        .flatMap(Optional::stream).sorted(Comparator.comparing(Principal::name, String.CASE_INSENSITIVE_ORDER)).toList();
  }

  /** The login a user maps to by sid: sa for dbo, empty for none (WITHOUT LOGIN, or orphaned). */
  Optional<LoginInfo> login(Principal user) {
    if (user.sid() == null) {
      return Optional.empty();
    }
    if (user.id() == Principals.DBO_ID) {
      return Optional.of(new LoginInfo(Principals.SA, "master"));
    }
    return security.loginBySid(user.sid()).map((Login l) -> new LoginInfo(l.name(), l.defaultDatabase()));
  }

  record LoginInfo(String name, String defaultDatabase) {}
}
