package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.datetime;
import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.nvarchar;
import static dev.quern.engine.sys.Columns.smallint;
import static dev.quern.engine.sys.Columns.sysname;
import static dev.quern.engine.sys.Columns.varbinary;
import static dev.quern.engine.sys.Columns.varchar;

import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The SQL Server 2000 compatibility views of principals, computed from the modern views so the
 * ids agree. sys.sysusers ("sys.sysusers (Transact-SQL)"): a row per sys.database_principals
 * entry, uid its principal_id; a role is its own group (gid = uid), a user's gid is 0; hasdbaccess
 * says the user holds CONNECT (sys.database_permissions), or is dbo; islogin marks a user mapped to
 * a login (a sid other than guest's 0x00). sys.syslogins ("sys.syslogins (Transact-SQL)"): a row
 * per login of sys.server_principals with its fixed server roles (sys.server_role_members);
 * accdate repeats createdate, as SQL Server shows it. The internal columns (status, altuid,
 * totcpu, totio, spacelimit, timelimit, resultlimit) are 0; roles, password and environ NULL.
 */
final class SysPrincipalViews {
  private static final List<String> SERVER_ROLES = List.of(
      "sysadmin", "securityadmin", "serveradmin", "setupadmin", "processadmin", "diskadmin", "dbcreator", "bulkadmin");

  private SysPrincipalViews() {}

  static SystemView users() {
    return new DerivedView("sysusers",
        List.of(smallint("uid", true), smallint("status", true), sysname("name", false), varbinary("sid", 85, true),
            varbinary("roles", 2048, true), datetime("createdate", false), datetime("updatedate", false),
            smallint("altuid", true), varbinary("password", 256, true), smallint("gid", true),
            varchar("environ", 255, true), integer("hasdbaccess", true), integer("islogin", true),
            integer("isntname", true), integer("isntgroup", true), integer("isntuser", true),
            integer("issqluser", true), integer("isaliased", true), integer("issqlrole", true),
            integer("isapprole", true)),
        SysPrincipalViews::userRows);
  }

  static SystemView logins() {
    List<dev.quern.engine.api.ResultColumn> columns = new ArrayList<>(List.of(
        varbinary("sid", 85, true), smallint("status", true), datetime("createdate", false),
        datetime("updatedate", false), datetime("accdate", false), integer("totcpu", true), integer("totio", true),
        integer("spacelimit", true), integer("timelimit", true), integer("resultlimit", true), sysname("name", true),
        sysname("dbname", true), nvarchar("password", 128, true), sysname("language", true),
        integer("denylogin", true), integer("hasaccess", true), integer("isntname", true), integer("isntgroup", true),
        integer("isntuser", true)));
    for (String role : SERVER_ROLES) {
      columns.add(integer(role, true));
    }
    columns.add(nvarchar("loginname", 128, true));
    return new DerivedView("syslogins", List.copyOf(columns), SysPrincipalViews::loginRows);
  }

  private static List<Object[]> userRows(SessionState session) {
    Set<Integer> connect = new HashSet<>();
    for (ViewRows.Row p : ViewRows.of("database_permissions", session)) {
      if ("CONNECT".equals(p.get("permission_name")) && !"D".equals(p.get("state"))) {
        connect.add(p.integer("grantee_principal_id"));
      }
    }
    List<Object[]> out = new ArrayList<>();
    for (ViewRows.Row p : ViewRows.of("database_principals", session)) {
      String type = (String) p.get("type");
      int id = p.integer("principal_id");
      boolean role = type.equals("R") || type.equals("A");
      byte[] sid = (byte[]) p.get("sid");
      boolean login = !role && sid != null && !(sid.length == 1 && sid[0] == 0);
      out.add(new Object[] {id, 0, p.get("name"), sid, null, p.get("create_date"), p.get("modify_date"), 0, null,
        role ? id : 0, null, !role && (connect.contains(id) || id == 1) ? 1 : 0, login ? 1 : 0,
        flag(type.equals("U") || type.equals("G")), flag(type.equals("G")), flag(type.equals("U")),
        flag(type.equals("S")), 0, flag(type.equals("R")), flag(type.equals("A"))});
    }
    return out;
  }

  private static List<Object[]> loginRows(SessionState session) {
    Map<Integer, String> names = new HashMap<>();
    List<ViewRows.Row> principals = ViewRows.of("server_principals", session);
    for (ViewRows.Row p : principals) {
      names.put(p.integer("principal_id"), (String) p.get("name"));
    }
    Map<Integer, Set<String>> roles = new HashMap<>();
    for (ViewRows.Row m : ViewRows.of("server_role_members", session)) {
      roles.computeIfAbsent(m.integer("member_principal_id"), k -> new HashSet<>())
          .add(names.get(m.integer("role_principal_id")));
    }
    List<Object[]> out = new ArrayList<>();
    for (ViewRows.Row p : principals) {
      String type = (String) p.get("type");
      if (!(type.equals("S") || type.equals("U") || type.equals("G"))) {
        continue;
      }
      Set<String> member = roles.getOrDefault(p.integer("principal_id"), Set.of());
      List<Object> row = new ArrayList<>(java.util.Arrays.asList(p.get("sid"), 0, p.get("create_date"),
          p.get("modify_date"), p.get("create_date"), 0, 0, 0, 0, 0, p.get("name"), p.get("default_database_name"),
          null, p.get("default_language_name"), 0, 1, flag(!type.equals("S")), flag(type.equals("G")),
          flag(type.equals("U"))));
      for (String role : SERVER_ROLES) {
        row.add(flag(member.contains(role)));
      }
      row.add(p.get("name"));
      out.add(row.toArray());
    }
    return out;
  }

  private static int flag(boolean b) {
    return b ? 1 : 0;
  }
}
