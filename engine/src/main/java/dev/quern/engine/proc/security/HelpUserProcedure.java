package dev.quern.engine.proc.security;

import static dev.quern.engine.proc.security.SecurityResults.column;
import static dev.quern.engine.proc.security.SecurityResults.sysname;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.error.PrincipalProcedureErrors;
import dev.quern.engine.proc.ProcArg;
import dev.quern.engine.proc.ProcedureHost;
import dev.quern.engine.proc.SystemProcedure;
import dev.quern.engine.proc.catalog.CatalogArguments;
import dev.quern.engine.proc.security.DatabasePrincipals.Principal;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code sp_helpuser [[@name_in_db =] 'name']} ("sp_helpuser (Transact-SQL)"): for every principal
 * of the current database but the database roles (users and application roles), or the one named,
 * a row per role it is directly in ('public' when none), with its login, the login's default
 * database and its default schema; for a role, a row per member. UserID is char(10) and SID
 * varbinary(85), what the procedure's columns are in SQL Server (the page says smallint for both).
 * A name that is no principal of the database is 15198.
 */
final class HelpUserProcedure implements SystemProcedure {
  private static final List<ResultColumn> USERS = List.of(
      sysname("UserName"), sysname("RoleName"), sysname("LoginName"), sysname("DefDBName"), sysname("DefSchemaName"),
      column("UserID", SqlType.ofLength(TypeId.CHAR, 10)), column("SID", SecurityResults.SID));
  private static final List<ResultColumn> ROLE = List.of(
      sysname("Role_name"), column("Role_id", SqlTypes.SMALLINT), sysname("Users_in_role"), column("Userid", SqlTypes.SMALLINT));

  @Override
  public String name() {
    return "sp_helpuser";
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    String name = CatalogArguments.bind(args, List.of("@name_in_db"), name()).string(0);
    SessionState state = host.state();
    DatabasePrincipals all = DatabasePrincipals.of(state.securityRecords(), state.databaseId());
    if (name == null) {
      List<Object[]> rows = new ArrayList<>();
      users(all).forEach(u -> userRows(all, u, rows));
      SecurityResults.send(host.sink(), USERS, rows);
      return 0;
    }
    Principal p = all.named(name).orElseThrow(() -> PrincipalProcedureErrors.NOT_USER_ROLE_OR_ALIAS.raise(name));
    List<Object[]> rows = new ArrayList<>();
    if (p.type() != 'R') {
      userRows(all, p, rows);
      SecurityResults.send(host.sink(), USERS, rows);
    } else {
      for (Principal m : all.membersOf(p.id())) {
        rows.add(new Object[] {p.name(), p.id(), m.name(), m.id()});
      }
      SecurityResults.send(host.sink(), ROLE, rows);
    }
    return 0;
  }

  /** Every principal but the database roles: the users and the application roles, by name. */
  private static List<Principal> users(DatabasePrincipals all) {
    return all.all().stream().filter(p -> p.type() != 'R')
        .sorted(java.util.Comparator.comparing(Principal::name, String.CASE_INSENSITIVE_ORDER)).toList();
  }

  private static void userRows(DatabasePrincipals all, Principal user, List<Object[]> rows) {
    var login = all.login(user);
    String loginName = login.map(DatabasePrincipals.LoginInfo::name).orElse(null);
    String defaultDb = login.map(DatabasePrincipals.LoginInfo::defaultDatabase).orElse(null);
    List<Principal> roles = all.rolesOf(user.id());
    List<String> names = roles.isEmpty() ? List.of("public") : roles.stream().map(Principal::name).toList();
    for (String role : names) {
      // UserID is char(10) in SQL Server's procedure: the id as text, blank-padded.
      String id = String.format(java.util.Locale.ROOT, "%-10d", user.id());
      rows.add(new Object[] {user.name(), role, loginName, defaultDb, user.defaultSchema(), id, user.sid()});
    }
  }
}
