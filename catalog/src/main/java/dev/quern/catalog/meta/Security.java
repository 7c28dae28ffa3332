package dev.quern.catalog.meta;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The security records of one metadata snapshot: created logins, each database's created users
 * and roles, role memberships and permissions. Names match case-insensitively (the default
 * collation). The built-in principals (sa, fixed roles, dbo, guest …) are not stored: the engine
 * adds them.
 */
public final class Security {
  static final Security EMPTY = new Security(List.of(), List.of(), List.of(), List.of());

  private final List<Login> logins;
  private final Map<ByteBuffer, Login> loginsByName = new HashMap<>();
  private final Map<ByteBuffer, Login> loginsBySid = new HashMap<>();
  private final Map<Integer, List<DbPrincipal>> principals = new HashMap<>();
  private final Map<Integer, List<RoleMember>> members = new HashMap<>();
  private final Map<Integer, List<Permission>> permissions = new HashMap<>();

  Security(List<Login> logins, List<DbPrincipal> dbPrincipals, List<RoleMember> roleMembers, List<Permission> perms) {
    this.logins = logins.stream().sorted(Comparator.comparingInt(Login::id)).toList();
    for (Login l : this.logins) {
      loginsByName.put(Names.key(l.name()), l);
      loginsBySid.put(ByteBuffer.wrap(l.sid()), l);
    }
    for (DbPrincipal p : dbPrincipals) {
      principals.computeIfAbsent(p.databaseId(), k -> new ArrayList<>()).add(p);
    }
    for (RoleMember m : roleMembers) {
      members.computeIfAbsent(m.databaseId(), k -> new ArrayList<>()).add(m);
    }
    for (Permission p : perms) {
      permissions.computeIfAbsent(p.databaseId(), k -> new ArrayList<>()).add(p);
    }
  }

  /** A snapshot of these records (the catalog builds its own; tests and tools may too). */
  public static Security of(List<Login> logins, List<DbPrincipal> principals, List<RoleMember> members, List<Permission> perms) {
    return new Security(logins, principals, members, perms);
  }

  public List<Login> logins() {
    return logins;
  }

  public Optional<Login> login(String name) {
    return Optional.ofNullable(loginsByName.get(Names.key(name)));
  }

  public Optional<Login> login(int id) {
    return logins.stream().filter(l -> l.id() == id).findFirst();
  }

  public Optional<Login> loginBySid(byte[] sid) {
    return sid == null ? Optional.empty() : Optional.ofNullable(loginsBySid.get(ByteBuffer.wrap(sid)));
  }

  /** The users and roles created in database {@code databaseId}. */
  public List<DbPrincipal> principals(int databaseId) {
    return principals.getOrDefault(databaseId, List.of());
  }

  public Optional<DbPrincipal> principal(int databaseId, String name) {
    return principals(databaseId).stream().filter(p -> p.name().equalsIgnoreCase(name)).findFirst();
  }

  public Optional<DbPrincipal> principal(int databaseId, int id) {
    return principals(databaseId).stream().filter(p -> p.id() == id).findFirst();
  }

  /** The user of database {@code databaseId} mapped to the login with {@code sid}. */
  public Optional<DbPrincipal> userFor(int databaseId, byte[] sid) {
    return principals(databaseId).stream().filter(p -> p.sid() != null && Arrays.equals(p.sid(), sid)).findFirst();
  }

  /** Role memberships of a database; database 0 holds the server roles' memberships. */
  public List<RoleMember> members(int databaseId) {
    return members.getOrDefault(databaseId, List.of());
  }

  public List<Permission> permissions(int databaseId) {
    return permissions.getOrDefault(databaseId, List.of());
  }
}
