package dev.quern.engine.proc.security;

import static dev.quern.engine.proc.security.LegacyPrincipalProcedure.literal;
import static dev.quern.engine.ast.Names.bracketed;
import static dev.quern.engine.proc.security.SecurityResults.column;
import static dev.quern.engine.proc.security.SecurityResults.sysname;

import dev.quern.catalog.meta.DbPrincipal;
import dev.quern.catalog.meta.Login;
import dev.quern.catalog.meta.Security;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.error.PrincipalProcedureErrors;
import dev.quern.engine.proc.ProcArg;
import dev.quern.engine.proc.ProcedureHost;
import dev.quern.engine.proc.SystemProcedure;
import dev.quern.engine.proc.catalog.CatalogArguments;
import dev.quern.engine.security.Principals;
import dev.quern.engine.session.SessionState;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code sp_change_users_login [@Action =] 'Report' | 'Update_One' | 'Auto_Fix' [, @UserNamePattern]
 * [, @LoginName] [, @Password]} ("sp_change_users_login (Transact-SQL)"). An orphaned user is a user
 * of the current database whose sid (users map to logins by sid) is no login's: what a restore
 * from another server, or a dropped login, leaves. Report lists them (UserName, UserSID);
 * Update_One maps the user to the login named (ALTER USER … WITH LOGIN); Auto_Fix to the login of
 * the user's own name, creating it with @Password (no policy, as sp_addlogin) when there is none,
 * and says so in messages 15292 to 15295. Checked in SQL Server's order: an open transaction
 * (15289), the action (15286), the parameters the action does not take (15600), names (15291,
 * 15287 for sa).
 */
final class ChangeUsersLoginProcedure implements SystemProcedure {
  private static final List<String> PARAMS = List.of("@action", "@usernamepattern", "@loginname", "@password");
  private static final String QUALIFIED = "sys.sp_change_users_login";
  private static final List<ResultColumn> REPORT = List.of(sysname("UserName"), column("UserSID", SecurityResults.SID));

  @Override
  public String name() {
    return "sp_change_users_login";
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    CatalogArguments a = CatalogArguments.bind(args, PARAMS, name());
    SessionState state = host.state();
    if (state.transactions().count() > 0) {
      throw PrincipalProcedureErrors.NO_OPEN_TRANSACTION.raise();
    }
    String action = a.required(0, "@Action");
    String user = a.string(1);
    String login = a.string(2);
    String password = a.string(3);
    return switch (action == null ? "" : action.strip().toUpperCase(Locale.ROOT)) {
      case "REPORT" -> {
        if (user != null || login != null || password != null) {
          throw PrincipalProcedureErrors.INVALID_OPTION.raise(QUALIFIED);
        }
        report(host);
        yield 0;
      }
      case "UPDATE_ONE" -> updateOne(host, user, login, password);
      case "AUTO_FIX" -> autoFix(host, user, login, password);
      default -> throw PrincipalProcedureErrors.UNKNOWN_ACTION.raise(action);
    };
  }

  private static void report(ProcedureHost host) {
    Security sec = host.state().securityRecords();
    List<Object[]> rows = sec.principals(host.state().databaseId()).stream()
        .filter(p -> orphaned(sec, p))
        .sorted(Comparator.comparing(DbPrincipal::name, String.CASE_INSENSITIVE_ORDER))
        .map(p -> new Object[] {p.name(), p.sid()}).toList();
    SecurityResults.send(host.sink(), REPORT, rows);
  }

  /** A SQL user made for a login (it has a sid) whose login is gone. */
  private static boolean orphaned(Security sec, DbPrincipal p) {
    return p.isUser() && p.sid() != null && sec.loginBySid(p.sid()).isEmpty();
  }

  private static int updateOne(ProcedureHost host, String user, String login, String password) {
    if (password != null) {
      throw PrincipalProcedureErrors.INVALID_OPTION.raise(QUALIFIED);
    }
    DbPrincipal u = mappedUser(host.state(), user);
    if (login == null || host.state().securityRecords().login(login).isEmpty()) {
      throw refused(login, "login");
    }
    return run(host, "ALTER USER " + bracketed(u.name()) + " WITH LOGIN = " + bracketed(login));
  }

  private static int autoFix(ProcedureHost host, String user, String login, String password) {
    if (login != null) {
      throw PrincipalProcedureErrors.INVALID_OPTION.raise(QUALIFIED);
    }
    DbPrincipal u = mappedUser(host.state(), user);
    Security sec = host.state().securityRecords();
    Optional<Login> existing = sec.login(u.name());
    if (existing.isPresent()) {
      // The user's sid must be no other login's, or the fix would hand it to a second login.
      if (sec.loginBySid(u.sid()).filter(l -> l.id() != existing.get().id()).isPresent()) {
        throw PrincipalProcedureErrors.DUPLICATE_SID.raise(u.name());
      }
      host.sink().message(PrincipalProcedureErrors.FIXED_BY_EXISTING_LOGIN.message(u.name()));
      int status = run(host, "ALTER USER " + bracketed(u.name()) + " WITH LOGIN = " + bracketed(u.name()));
      counts(host, status == 0 ? 1 : 0, 0);
      return status;
    }
    if (password == null) {
      throw PrincipalProcedureErrors.INVALID_OPTION.raise(QUALIFIED);
    }
    host.sink().message(PrincipalProcedureErrors.FIXED_BY_NEW_LOGIN.message(u.name()));
    int status = run(host, "CREATE LOGIN " + bracketed(u.name()) + " WITH PASSWORD = " + literal(password) + ", CHECK_POLICY = OFF");
    if (status == 0) {
      status = run(host, "ALTER USER " + bracketed(u.name()) + " WITH LOGIN = " + bracketed(u.name()));
    }
    counts(host, 0, status == 0 ? 1 : 0);
    return status;
  }

  private static void counts(ProcedureHost host, int updated, int added) {
    host.sink().message(PrincipalProcedureErrors.FIXED_BY_UPDATING.message(updated));
    host.sink().message(PrincipalProcedureErrors.FIXED_WITH_NEW_LOGINS.message(added));
  }

  /** @UserNamePattern: a SQL user of the current database made for a login (15291 otherwise). */
  private static DbPrincipal mappedUser(SessionState state, String user) {
    if (user != null && user.equalsIgnoreCase(Principals.SA)) {
      throw PrincipalProcedureErrors.FORBIDDEN_LOGIN_NAME.raise(user);
    }
    if (user == null) {
      throw refused(null, "user");
    }
    return state.securityRecords().principal(state.databaseId(), user)
        .filter(p -> p.isUser() && p.sid() != null).orElseThrow(() -> refused(user, "user"));
  }

  private static RuntimeException refused(String name, String kind) {
    if (name != null && name.equalsIgnoreCase(Principals.SA)) {
      return PrincipalProcedureErrors.FORBIDDEN_LOGIN_NAME.raise(name);
    }
    return PrincipalProcedureErrors.NAME_ABSENT_OR_INVALID.raise(kind, name == null ? "" : name);
  }

  private static int run(ProcedureHost host, String sql) {
    host.run(host.compile(sql, List.of(), ""), new Object[0], "sp_change_users_login");
    return host.state().lastError() == 0 ? 0 : 1;
  }
}
