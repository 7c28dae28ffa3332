package dev.quern.engine.security;

import java.util.Set;

/**
 * Who a session is inside one database: the user (dbo for sysadmins, guest when the login has no
 * user and guest may connect) and every role it belongs to, directly or through other roles,
 * public (0) included.
 */
public record DatabaseUser(int id, String name, String defaultSchema, Set<Integer> roles) {
  public boolean isOwner() {
    return id == Principals.DBO_ID || roles.contains(Principals.DB_OWNER_ID);
  }
}
