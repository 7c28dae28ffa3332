package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.nvarchar;
import static dev.quern.engine.sys.Columns.tinyint;

import dev.quern.catalog.meta.Login;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.security.Principals;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/**
 * sys.server_permissions ("sys.server_permissions (Transact-SQL)"): the server-level permissions
 * SQL Server grants by itself, for the principals Quern has: CONNECT SQL to every SQL login (sa
 * and those made with CREATE LOGIN, disabled or not, as CREATE LOGIN grants it), VIEW ANY
 * DATABASE to public, and CONNECT on the TSQL endpoint (sys.endpoints' id 4) to public, all
 * granted by sa. Quern keeps no other server-level grants (GRANT … TO a login at server level is
 * not supported; the fixed server roles' permissions are not rows, as in SQL Server).
 */
final class ServerPermissionsView implements SystemView {
  private static final int SERVER = 100;
  private static final int ENDPOINT = 105;
  private static final int PUBLIC_ID = 2;
  private static final int TSQL_ENDPOINT_ID = 4;

  private static final List<ResultColumn> COLUMNS =
      List.of(
          tinyint("class", false), nvarchar("class_desc", 60, true), integer("major_id", false),
          integer("minor_id", false), integer("grantee_principal_id", false), integer("grantor_principal_id", false),
          new ResultColumn("type", SqlType.ofLength(TypeId.CHAR, 4), false), nvarchar("permission_name", 128, true),
          new ResultColumn("state", SqlType.ofLength(TypeId.CHAR, 1), false), nvarchar("state_desc", 60, true));

  @Override
  public String name() {
    return "server_permissions";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    List<Object[]> out = new ArrayList<>();
    out.add(grant(SERVER, 0, Principals.SA_ID, "COSQ", "CONNECT SQL"));
    out.add(grant(SERVER, 0, PUBLIC_ID, "VWDB", "VIEW ANY DATABASE"));
    out.add(grant(ENDPOINT, TSQL_ENDPOINT_ID, PUBLIC_ID, "CO  ", "CONNECT"));
    for (Login l : session.securityRecords().logins()) {
      out.add(grant(SERVER, 0, l.id(), "COSQ", "CONNECT SQL"));
    }
    return out;
  }

  private static Object[] grant(int cls, int majorId, int grantee, String type, String permission) {
    return new Object[] {
      cls, cls == SERVER ? "SERVER" : "ENDPOINT", majorId, 0, grantee, Principals.SA_ID, type, permission, "G", "GRANT"
    };
  }
}
