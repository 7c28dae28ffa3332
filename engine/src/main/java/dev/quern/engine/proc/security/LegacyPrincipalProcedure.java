package dev.quern.engine.proc.security;

import static dev.quern.engine.ast.Names.bracketed;

import dev.quern.catalog.meta.DbPrincipal;
import dev.quern.catalog.meta.Security;
import dev.quern.engine.error.PrincipalProcedureErrors;
import dev.quern.engine.error.SecurityErrors;
import dev.quern.engine.proc.ProcArg;
import dev.quern.engine.proc.ProcedureHost;
import dev.quern.engine.proc.SystemProcedure;
import dev.quern.engine.proc.catalog.CatalogArguments;
import dev.quern.engine.security.Principals;
import dev.quern.engine.session.SessionState;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The procedures SQL Server keeps for scripts written before CREATE LOGIN / USER / ROLE ("sp_addlogin
 * (Transact-SQL)" and its siblings), each run as the statements it stands for, one at a time, so that
 * their permissions and errors are the statements' own; the first failing one ends the call with
 * return status 1. What the statements would not say, the procedures check first, as SQL Server's
 * do: sp_droplogin of no login is 15007, sp_dropuser / sp_revokedbaccess of no user 15008,
 * sp_droprole and sp_adduser's @grpname of no role 15014. sp_addlogin sets no password policy
 * (CHECK_POLICY = OFF), and sp_adduser gives the user a schema of its own name, as documented.
 */
final class LegacyPrincipalProcedure implements SystemProcedure {
  private final String name;
  private final List<String> parameters;
  private final BiFunction<CatalogArguments, SessionState, List<String>> statements;

  private LegacyPrincipalProcedure(String name, List<String> parameters,
      BiFunction<CatalogArguments, SessionState, List<String>> statements) {
    this.name = name;
    this.parameters = parameters;
    this.statements = statements;
  }

  static List<SystemProcedure> all() {
    return List.of(
        new LegacyPrincipalProcedure("sp_addlogin",
            List.of("@loginame", "@passwd", "@defdb", "@deflanguage", "@sid", "@encryptopt"), LegacyPrincipalProcedure::addLogin),
        new LegacyPrincipalProcedure("sp_droplogin", List.of("@loginame"), LegacyPrincipalProcedure::dropLogin),
        new LegacyPrincipalProcedure("sp_password", List.of("@old", "@new", "@loginame"), LegacyPrincipalProcedure::password),
        new LegacyPrincipalProcedure("sp_defaultdb", List.of("@loginame", "@defdb"), (a, s) -> List.of(
            "ALTER LOGIN " + bracketed(a.required(0, "@loginame")) + " WITH DEFAULT_DATABASE = " + bracketed(a.required(1, "@defdb")))),
        new LegacyPrincipalProcedure("sp_adduser", List.of("@loginame", "@name_in_db", "@grpname"), LegacyPrincipalProcedure::addUser),
        new LegacyPrincipalProcedure("sp_grantdbaccess", List.of("@loginame", "@name_in_db"), (a, s) -> List.of(
            "CREATE USER " + bracketed(userName(a)) + " FOR LOGIN " + bracketed(a.required(0, "@loginame")))),
        new LegacyPrincipalProcedure("sp_revokedbaccess", List.of("@name_in_db"), LegacyPrincipalProcedure::dropUser),
        new LegacyPrincipalProcedure("sp_dropuser", List.of("@name_in_db"), LegacyPrincipalProcedure::dropUser),
        new LegacyPrincipalProcedure("sp_addrole", List.of("@rolename", "@ownername"), (a, s) -> List.of(
            "CREATE ROLE " + bracketed(a.required(0, "@rolename")) + (a.string(1) == null ? "" : " AUTHORIZATION " + bracketed(a.string(1))))),
        new LegacyPrincipalProcedure("sp_droprole", List.of("@rolename"), LegacyPrincipalProcedure::dropRole));
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    CatalogArguments a = CatalogArguments.bind(args, parameters, name);
    for (String sql : statements.apply(a, host.state())) {
      host.run(host.compile(sql, List.of(), ""), new Object[0], name);
      if (host.state().lastError() != 0) {
        return 1;
      }
    }
    return 0;
  }

  private static List<String> addLogin(CatalogArguments a, SessionState state) {
    String login = a.required(0, "@loginame");
    if (a.string(4) != null || a.string(5) != null) {
      // A given sid or a pre-hashed password (@encryptopt) has no CREATE LOGIN spelling here.
      throw PrincipalProcedureErrors.INVALID_OPTION.raise("sys.sp_addlogin");
    }
    String password = a.string(1) == null ? "" : a.string(1);
    String db = a.string(2) == null ? "master" : a.string(2);
    return List.of("CREATE LOGIN " + bracketed(login) + " WITH PASSWORD = " + literal(password) + ", DEFAULT_DATABASE = "
        + bracketed(db) + ", CHECK_POLICY = OFF");
  }

  private static List<String> dropLogin(CatalogArguments a, SessionState state) {
    String login = a.required(0, "@loginame");
    if (!login.equalsIgnoreCase(Principals.SA) && state.securityRecords().login(login).isEmpty()) {
      throw SecurityErrors.NOT_A_VALID_LOGIN.raise(login);
    }
    return List.of("DROP LOGIN " + bracketed(login));
  }

  /** sp_password [@old =] 'old', [@new =] 'new' [, [@loginame =] 'login']: the caller's own login by default. */
  private static List<String> password(CatalogArguments a, SessionState state) {
    String login = a.string(2) == null ? state.loginName() : a.string(2);
    String fresh = a.string(1) == null ? "" : a.string(1);
    String old = a.string(0);
    return List.of("ALTER LOGIN " + bracketed(login) + " WITH PASSWORD = " + literal(fresh)
        + (old == null ? "" : " OLD_PASSWORD = " + literal(old)));
  }

  private static List<String> addUser(CatalogArguments a, SessionState state) {
    String login = a.required(0, "@loginame");
    String user = userName(a);
    String role = a.string(2);
    Security sec = state.securityRecords();
    if (role != null && Principals.databasePrincipal(role).filter(p -> p.type().equals("R")).isEmpty()
        && sec.principal(state.databaseId(), role).filter(DbPrincipal::isRole).isEmpty()) {
      throw SecurityErrors.ROLE_NOT_FOUND.raise(role);
    }
    List<String> out = new ArrayList<>();
    out.add("CREATE USER " + bracketed(user) + " FOR LOGIN " + bracketed(login) + " WITH DEFAULT_SCHEMA = " + bracketed(user));
    out.add("IF SCHEMA_ID(" + literal(user) + ") IS NULL EXEC (" + literal("CREATE SCHEMA " + bracketed(user)
        + " AUTHORIZATION " + bracketed(user)) + ")");
    if (role != null) {
      out.add("ALTER ROLE " + bracketed(role) + " ADD MEMBER " + bracketed(user));
    }
    return out;
  }

  private static List<String> dropUser(CatalogArguments a, SessionState state) {
    String user = a.required(0, "@name_in_db");
    boolean exists = Principals.databasePrincipal(user).filter(p -> p.type().equals("S")).isPresent()
        || state.securityRecords().principal(state.databaseId(), user).filter(DbPrincipal::isUser).isPresent();
    if (!exists) {
      throw PrincipalProcedureErrors.USER_NOT_IN_DATABASE.raise(user);
    }
    return List.of("DROP USER " + bracketed(user));
  }

  private static List<String> dropRole(CatalogArguments a, SessionState state) {
    String role = a.required(0, "@rolename");
    boolean exists = Principals.databasePrincipal(role).filter(p -> p.type().equals("R")).isPresent()
        || state.securityRecords().principal(state.databaseId(), role).filter(DbPrincipal::isRole).isPresent();
    if (!exists) {
      throw SecurityErrors.ROLE_NOT_FOUND.raise(role);
    }
    return List.of("DROP ROLE " + bracketed(role));
  }

  /** @name_in_db, the login's name when not given. */
  private static String userName(CatalogArguments a) {
    String login = a.required(0, "@loginame");
    return a.string(1) == null ? login : a.string(1);
  }

  static String literal(String text) {
    return "N'" + text.replace("'", "''") + "'";
  }
}
