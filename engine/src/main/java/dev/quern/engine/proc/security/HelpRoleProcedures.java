package dev.quern.engine.proc.security;

import static dev.quern.engine.proc.security.SecurityResults.column;
import static dev.quern.engine.proc.security.SecurityResults.sysname;

import dev.quern.catalog.meta.Login;
import dev.quern.catalog.meta.RoleMember;
import dev.quern.catalog.meta.Security;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.error.PrincipalProcedureErrors;
import dev.quern.engine.proc.ProcArg;
import dev.quern.engine.proc.ProcedureHost;
import dev.quern.engine.proc.SystemProcedure;
import dev.quern.engine.proc.catalog.CatalogArguments;
import dev.quern.engine.proc.security.DatabasePrincipals.Principal;
import dev.quern.engine.security.Principals;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * sp_helprole, sp_helprolemember, sp_helpsrvrole and sp_helpsrvrolemember [[@rolename |
 * @srvrolename =] 'role'] ("sp_helprole (Transact-SQL)" and its siblings): the roles of the current
 * database (application roles marked IsAppRole 1) and their members, the fixed server roles with
 * SQL Server's descriptions and their members (sa in sysadmin). An unknown database role is 15409,
 * an unknown server role 15412.
 */
final class HelpRoleProcedures implements SystemProcedure {
  private static final Map<String, String> SERVER_ROLE_DESCRIPTIONS = Map.of(
      "sysadmin", "System Administrators", "securityadmin", "Security Administrators",
      "serveradmin", "Server Administrators", "setupadmin", "Setup Administrators",
      "processadmin", "Process Administrators", "diskadmin", "Disk Administrators",
      "dbcreator", "Database Creators", "bulkadmin", "Bulk Insert Administrators");

  private final String name;
  private final String parameter;
  private final List<ResultColumn> columns;
  private final BiFunction<ProcedureHost, String, List<Object[]>> rows;

  private HelpRoleProcedures(String name, String parameter, List<ResultColumn> columns,
      BiFunction<ProcedureHost, String, List<Object[]>> rows) {
    this.name = name;
    this.parameter = parameter;
    this.columns = columns;
    this.rows = rows;
  }

  static List<SystemProcedure> all() {
    return List.of(
        new HelpRoleProcedures("sp_helprole", "@rolename",
            List.of(sysname("RoleName"), column("RoleId", SqlTypes.SMALLINT), column("IsAppRole", SqlTypes.INT)),
            HelpRoleProcedures::roles),
        new HelpRoleProcedures("sp_helprolemember", "@rolename",
            List.of(sysname("DbRole"), sysname("MemberName"), column("MemberSID", SecurityResults.SID)),
            HelpRoleProcedures::roleMembers),
        new HelpRoleProcedures("sp_helpsrvrole", "@srvrolename",
            List.of(sysname("ServerRole"), sysname("Description")), HelpRoleProcedures::serverRoles),
        new HelpRoleProcedures("sp_helpsrvrolemember", "@srvrolename",
            List.of(sysname("ServerRole"), sysname("MemberName"), column("MemberSID", SecurityResults.SID)),
            HelpRoleProcedures::serverRoleMembers));
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    String role = CatalogArguments.bind(args, List.of(parameter), name).string(0);
    SecurityResults.send(host.sink(), columns, rows.apply(host, role));
    return 0;
  }

  private static DatabasePrincipals principals(ProcedureHost host) {
    return DatabasePrincipals.of(host.state().securityRecords(), host.state().databaseId());
  }

  /** The database roles (and application roles) by name, or the one named. */
  private static List<Principal> databaseRoles(DatabasePrincipals all, String role) {
    List<Principal> roles = all.all().stream().filter(p -> p.type() != 'S')
        .filter(p -> role == null || p.name().equalsIgnoreCase(role)).toList();
    if (role != null && roles.isEmpty()) {
      throw PrincipalProcedureErrors.NOT_A_ROLE.raise(role);
    }
    return roles;
  }

  private static List<Object[]> roles(ProcedureHost host, String role) {
    List<Object[]> out = new ArrayList<>();
    for (Principal p : databaseRoles(principals(host), role)) {
      out.add(new Object[] {p.name(), p.id(), p.type() == 'A' ? 1 : 0});
    }
    return out;
  }

  private static List<Object[]> roleMembers(ProcedureHost host, String role) {
    DatabasePrincipals all = principals(host);
    List<Object[]> out = new ArrayList<>();
    for (Principal r : databaseRoles(all, role)) {
      for (Principal m : all.membersOf(r.id())) {
        out.add(new Object[] {r.name(), m.name(), m.sid()});
      }
    }
    return out;
  }

  private static List<Principals.ServerPrincipal> serverRoles(String role) {
    List<Principals.ServerPrincipal> roles = Principals.server().stream().filter(Principals.ServerPrincipal::fixedRole)
        .filter(p -> role == null || p.name().equalsIgnoreCase(role)).toList();
    if (role != null && roles.isEmpty()) {
      throw PrincipalProcedureErrors.NOT_A_FIXED_ROLE.raise(role);
    }
    return roles;
  }

  private static List<Object[]> serverRoles(ProcedureHost host, String role) {
    return serverRoles(role).stream().map(p -> new Object[] {p.name(), SERVER_ROLE_DESCRIPTIONS.get(p.name())}).toList();
  }

  private static List<Object[]> serverRoleMembers(ProcedureHost host, String role) {
    Security sec = host.state().securityRecords();
    List<Object[]> out = new ArrayList<>();
    for (Principals.ServerPrincipal r : serverRoles(role)) {
      if (r.id() == Principals.SYSADMIN_ID) {
        out.add(new Object[] {r.name(), Principals.SA, new byte[] {Principals.SA_ID}});
      }
      for (RoleMember m : sec.members(0)) {
        if (m.roleId() == r.id()) {
          sec.login(m.memberId()).ifPresent((Login l) -> out.add(new Object[] {r.name(), l.name(), l.sid()}));
        }
      }
    }
    return out;
  }
}
