package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.integer;

import dev.quern.catalog.meta.RoleMember;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.security.Principals;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/**
 * sys.server_role_members and sys.database_role_members ("sys.server_role_members (Transact-SQL)",
 * "sys.database_role_members"): sa in sysadmin and dbo in db_owner, as SQL Server lists them, then
 * the memberships added with ALTER [SERVER] ROLE … ADD MEMBER.
 */
final class RoleMembersView implements SystemView {
  private static final List<ResultColumn> COLUMNS =
      List.of(integer("role_principal_id", false), integer("member_principal_id", false));

  private final boolean server;

  private RoleMembersView(boolean server) {
    this.server = server;
  }

  static RoleMembersView server() {
    return new RoleMembersView(true);
  }

  static RoleMembersView database() {
    return new RoleMembersView(false);
  }

  @Override
  public String name() {
    return server ? "server_role_members" : "database_role_members";
  }

  @Override
  public List<ResultColumn> columns() {
    return COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    List<Object[]> out = new ArrayList<>();
    out.add(server
        ? new Object[] {Principals.SYSADMIN_ID, Principals.SA_ID}
        : new Object[] {Principals.DB_OWNER_ID, Principals.DBO_ID});
    for (RoleMember m : session.securityRecords().members(server ? 0 : session.databaseId())) {
      out.add(new Object[] {m.roleId(), m.memberId()});
    }
    return out;
  }
}
