package dev.quern.engine.proc.security;

import static dev.quern.engine.proc.security.SecurityResults.column;
import static dev.quern.engine.proc.security.SecurityResults.sysname;

import dev.quern.catalog.type.SqlTypes;
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
 * {@code sp_helpuser [[@name_in_db =] 'name']} ("sp_helpuser (Transact-SQL)"): for every user of
 * the current database (or the one named) a row per role it is directly in ('public' when none),
 * with its login, the login's default database and its default schema; for a role, a row per
 * member. SID is varbinary(85), what the column holds in SQL Server (the page says smallint). A
 * name that is no user or role (an application role included) is 15198.
 */
final class HelpUserProcedure implements SystemProcedure {
  private static final List<ResultColumn> USERS = List.of(
      sysname("UserName"), sysname("RoleName"), sysname("LoginName"), sysname("DefDBName"), sysname("DefSchemaName"),
      column("UserID", SqlTypes.SMALLINT), column("SID", SecurityResults.SID));
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
      all.ofType('S').forEach(u -> userRows(all, u, rows));
      SecurityResults.send(host.sink(), USERS, rows);
      return 0;
    }
    Principal p = all.named(name).filter(x -> x.type() != 'A')
        .orElseThrow(() -> PrincipalProcedureErrors.NOT_USER_ROLE_OR_ALIAS.raise(name));
    List<Object[]> rows = new ArrayList<>();
    if (p.type() == 'S') {
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

  private static void userRows(DatabasePrincipals all, Principal user, List<Object[]> rows) {
    var login = all.login(user);
    String loginName = login.map(DatabasePrincipals.LoginInfo::name).orElse(null);
    String defaultDb = login.map(DatabasePrincipals.LoginInfo::defaultDatabase).orElse(null);
    List<Principal> roles = all.rolesOf(user.id());
    List<String> names = roles.isEmpty() ? List.of("public") : roles.stream().map(Principal::name).toList();
    for (String role : names) {
      rows.add(new Object[] {user.name(), role, loginName, defaultDb, user.defaultSchema(), user.id(), user.sid()});
    }
  }
}
