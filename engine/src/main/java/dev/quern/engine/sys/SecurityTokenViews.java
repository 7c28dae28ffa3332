package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.nvarchar;
import static dev.quern.engine.sys.Columns.varbinary;

import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * sys.login_token and sys.user_token ("sys.login_token (Transact-SQL)", "sys.user_token
 * (Transact-SQL)"): the principals of the session's current security context. The login token is
 * the login, public, and the server roles it is a member of (sys.server_role_members); the user
 * token is the database user (dbo for a sysadmin), and every database role it belongs to, directly
 * or through other roles, public included. Quern has SQL logins only, so every row's usage is GRANT
 * OR DENY and there are no Windows group rows.
 */
final class SecurityTokenViews {
  private static final List<ResultColumn> COLUMNS =
      List.of(integer("principal_id", true), varbinary("sid", 85, true), nvarchar("name", 128, true),
          nvarchar("type", 128, true), nvarchar("usage", 128, true));

  private static final String USAGE = "GRANT OR DENY";

  private SecurityTokenViews() {}

  static SystemView login() {
    return new DerivedView("login_token", COLUMNS, SecurityTokenViews::loginRows);
  }

  static SystemView user() {
    return new DerivedView("user_token", COLUMNS, SecurityTokenViews::userRows);
  }

  private static List<Object[]> loginRows(SessionState session) {
    Map<Integer, ViewRows.Row> principals = byId(ViewRows.of("server_principals", session));
    int login = session.loginId();
    List<Object[]> out = new ArrayList<>();
    out.add(new Object[] {login, session.loginSid(), session.loginName(), "SQL LOGIN", USAGE});
    List<Integer> roles = new ArrayList<>(List.of(2)); // public, of which every login is a member
    for (ViewRows.Row m : ViewRows.of("server_role_members", session)) {
      if (m.integer("member_principal_id") == login) {
        roles.add(m.integer("role_principal_id"));
      }
    }
    for (int id : roles.stream().distinct().sorted().toList()) {
      ViewRows.Row role = principals.get(id);
      if (role != null) {
        out.add(new Object[] {id, role.get("sid"), role.get("name"), "SERVER ROLE", USAGE});
      }
    }
    return out;
  }

  private static List<Object[]> userRows(SessionState session) {
    var user = session.user(session.databaseId());
    if (user.isEmpty()) {
      return List.of();
    }
    Map<Integer, ViewRows.Row> principals = byId(ViewRows.of("database_principals", session));
    List<Object[]> out = new ArrayList<>();
    ViewRows.Row self = principals.get(user.get().id());
    // sys.user_token's type for an active application role is "APPLICATION ROLE".
    String type = self != null && "A".equals(self.get("type")) ? "APPLICATION ROLE" : "SQL USER";
    out.add(new Object[] {user.get().id(), self == null ? null : self.get("sid"), user.get().name(), type, USAGE});
    for (int id : user.get().roles().stream().sorted().toList()) {
      ViewRows.Row role = principals.get(id);
      if (role != null) {
        out.add(new Object[] {id, role.get("sid"), role.get("name"), "ROLE", USAGE});
      }
    }
    return out;
  }

  private static Map<Integer, ViewRows.Row> byId(List<ViewRows.Row> rows) {
    Map<Integer, ViewRows.Row> out = new HashMap<>();
    for (ViewRows.Row r : rows) {
      out.put(r.integer("principal_id"), r);
    }
    return out;
  }
}
