package dev.quern.engine.security;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The server and database principals, as SQL Server numbers them ("sys.server_principals",
 * "sys.database_principals"). Quern authenticates one login, sa (principal_id 1, sid 0x01), which
 * is a sysadmin; the fixed server roles are principals 2 (public) to 10. Every database has the
 * users dbo, guest, INFORMATION_SCHEMA and sys, the role public (principal 0) and the fixed
 * database roles from 16384. A sysadmin login is dbo in every database; dbo is a member of
 * db_owner (and of public), and of no other fixed database role, as IS_MEMBER reports it.
 */
public final class Principals {
  /** A server principal; a fixed role's sid is its principal_id as one byte, as in SQL Server. */
  public record ServerPrincipal(String name, int id, String type, boolean fixedRole) {
    public byte[] sid() {
      return new byte[] {(byte) id};
    }

    public String typeDescription() {
      return type.equals("S") ? "SQL_LOGIN" : "SERVER_ROLE";
    }
  }

  /** A database principal: type S (SQL user) or R (database role). */
  public record DatabasePrincipal(String name, int id, String type, String defaultSchema, boolean fixedRole) {
    public String typeDescription() {
      return type.equals("S") ? "SQL_USER" : "DATABASE_ROLE";
    }
  }

  public static final String SA = "sa";
  public static final int SA_ID = 1;
  public static final int SYSADMIN_ID = 3;
  public static final int DBO_ID = 1;
  public static final int GUEST_ID = 2;
  public static final int DB_OWNER_ID = 16384;
  public static final int DB_DDLADMIN_ID = 16387;
  public static final int DB_DATAREADER_ID = 16390;
  public static final int DB_DATAWRITER_ID = 16391;
  public static final int DB_DENYDATAREADER_ID = 16392;
  public static final int DB_DENYDATAWRITER_ID = 16393;

  private static final List<ServerPrincipal> SERVER =
      List.of(
          new ServerPrincipal(SA, SA_ID, "S", false),
          new ServerPrincipal("public", 2, "R", false),
          new ServerPrincipal("sysadmin", 3, "R", true),
          new ServerPrincipal("securityadmin", 4, "R", true),
          new ServerPrincipal("serveradmin", 5, "R", true),
          new ServerPrincipal("setupadmin", 6, "R", true),
          new ServerPrincipal("processadmin", 7, "R", true),
          new ServerPrincipal("diskadmin", 8, "R", true),
          new ServerPrincipal("dbcreator", 9, "R", true),
          new ServerPrincipal("bulkadmin", 10, "R", true));

  private static final List<DatabasePrincipal> DATABASE =
      List.of(
          new DatabasePrincipal("public", 0, "R", null, false),
          new DatabasePrincipal("dbo", 1, "S", "dbo", false),
          new DatabasePrincipal("guest", 2, "S", "guest", false),
          new DatabasePrincipal("INFORMATION_SCHEMA", 3, "S", null, false),
          new DatabasePrincipal("sys", 4, "S", null, false),
          new DatabasePrincipal("db_owner", 16384, "R", null, true),
          new DatabasePrincipal("db_accessadmin", 16385, "R", null, true),
          new DatabasePrincipal("db_securityadmin", 16386, "R", null, true),
          new DatabasePrincipal("db_ddladmin", 16387, "R", null, true),
          new DatabasePrincipal("db_backupoperator", 16389, "R", null, true),
          new DatabasePrincipal("db_datareader", 16390, "R", null, true),
          new DatabasePrincipal("db_datawriter", 16391, "R", null, true),
          new DatabasePrincipal("db_denydatareader", 16392, "R", null, true),
          new DatabasePrincipal("db_denydatawriter", 16393, "R", null, true));

  private Principals() {}

  public static List<ServerPrincipal> server() {
    return SERVER;
  }

  public static List<DatabasePrincipal> database() {
    return DATABASE;
  }

  /** Names match ignoring case, as under the server's default collation. */
  public static Optional<ServerPrincipal> serverPrincipal(String name) {
    return SERVER.stream().filter(p -> p.name().equalsIgnoreCase(name)).findFirst();
  }

  public static Optional<ServerPrincipal> serverPrincipal(int id) {
    return SERVER.stream().filter(p -> p.id() == id).findFirst();
  }

  public static Optional<DatabasePrincipal> databasePrincipal(String name) {
    return DATABASE.stream().filter(p -> p.name().equalsIgnoreCase(name)).findFirst();
  }

  public static Optional<DatabasePrincipal> databasePrincipal(int id) {
    return DATABASE.stream().filter(p -> p.id() == id).findFirst();
  }

  /**
   * Whether a login is in the server role {@code role}: everyone is in public, a sysadmin in every
   * fixed role (it holds all their permissions; IS_SRVROLEMEMBER says so); empty for a name that
   * is no server role.
   */
  public static Optional<Boolean> inServerRole(String role, boolean sysadmin) {
    return serverPrincipal(role)
        .filter(p -> p.type().equals("R"))
        .map(p -> p.name().equals("public") || sysadmin);
  }

  /**
   * Whether the database user {@code user} is in the role {@code role}: every user is in public,
   * dbo in db_owner; empty for a name that is no database role (IS_MEMBER's NULL).
   */
  public static Optional<Boolean> inDatabaseRole(String role, String user) {
    return databasePrincipal(role)
        .filter(p -> p.type().equals("R"))
        .map(p -> {
          String r = p.name().toLowerCase(Locale.ROOT);
          return r.equals("public") || (r.equals("db_owner") && user.equalsIgnoreCase("dbo"));
        });
  }
}
