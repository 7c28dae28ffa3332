package dev.quern.engine.proc.security;

import dev.quern.catalog.meta.DbPrincipal;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.error.PrincipalProcedureErrors;
import dev.quern.engine.proc.ProcArg;
import dev.quern.engine.proc.ProcedureHost;
import dev.quern.engine.proc.SystemProcedure;
import dev.quern.engine.proc.catalog.CatalogArguments;
import dev.quern.engine.security.PasswordHash;
import dev.quern.engine.session.SessionSecurity;
import dev.quern.engine.session.SessionState;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;

/**
 * {@code sp_setapprole [@rolename =] 'role', [@password =] 'password' [, @encrypt = 'none'|'odbc']
 * [, @fCreateCookie = true|false] [, @cookie = @c OUTPUT]} ("sp_setapprole (Transact-SQL)"): the
 * session becomes the application role in the current database (USER_NAME(), its permissions and
 * public's, the role's default schema), with no server-level rights of its login and pinned to the
 * database (USE is 505), until it ends or sp_unsetapprole shows the cookie. Only at the ad hoc
 * level: not in a parameterized statement (sp_executesql, sp_prepexec: 15432, what a driver's
 * prepared call meets), nor inside a procedure, trigger, EXEC (…) or a user transaction (15422); not a second
 * time while one is set (2762). A role that does not exist and a wrong password are the same error
 * (15161), so the error does not tell which names exist.
 */
final class SetAppRoleProcedure implements SystemProcedure {
  private static final List<String> PARAMS = List.of("@rolename", "@password", "@encrypt", "@fcreatecookie", "@cookie");
  /** SQL Server documents the cookie as varbinary(8000); its cookies are varbinary(50). */
  static final SqlType COOKIE_TYPE = SqlType.ofLength(TypeId.VARBINARY, 8000);
  private static final int COOKIE_BYTES = 50;
  private static final SecureRandom RANDOM = new SecureRandom();

  @Override
  public String name() {
    return "sp_setapprole";
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    SessionState state = host.state();
    CatalogArguments a = CatalogArguments.bind(args, PARAMS, name());
    String role = a.required(0, "@rolename");
    String password = a.required(1, "@password");
    boolean odbc = encryption(a.string(2));
    boolean cookie = bit(a.string(3));
    if (state.inParameterized()) {
      throw PrincipalProcedureErrors.AD_HOC_PROCEDURE.raise("sys.sp_setapprole");
    }
    if (state.nestLevel() > 0 || state.security().inModule() || state.transactions().count() > 0) {
      throw PrincipalProcedureErrors.APPLICATION_ROLE_AD_HOC_ONLY.raise();
    }
    if (state.security().applicationRole().isPresent()) {
      throw PrincipalProcedureErrors.SETAPPROLE_MISUSED.raise();
    }
    String clear = odbc && password != null ? OdbcEncrypt.reveal(password) : password;
    int db = state.databaseId();
    DbPrincipal approle = role == null ? null
        : state.securityRecords().principal(db, role).filter(DbPrincipal::isApplicationRole).orElse(null);
    if (approle == null || clear == null || !PasswordHash.decode(approle.passwordHash()).matches(clear)) {
      throw PrincipalProcedureErrors.CANNOT_SET_APPLICATION_ROLE.raise(role);
    }
    byte[] token = cookie ? newCookie() : null;
    state.security().push(new SessionSecurity.Context(null, db, approle.name(), true, token));
    ProcArg out = a.arg(4);
    if (out != null && out.output()) {
      out.setOutput(token, COOKIE_TYPE);
    }
    return 0;
  }

  /** 'none' (the default) or 'odbc'; anything else is 15600, as SQL Server's own check answers. */
  private static boolean encryption(String value) {
    if (value == null) {
      return false;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "none" -> false;
      case "odbc" -> true;
      default -> throw PrincipalProcedureErrors.INVALID_OPTION.raise("sys.sp_setapprole");
    };
  }

  /**
   * @fCreateCookie is bit: 'true' and 'false' convert to it as SQL Server converts those strings (a
   * bare true in EXEC is the string 'true'), numbers by being non-zero; anything else is 245.
   */
  private static boolean bit(String value) {
    if (value == null) {
      return false;
    }
    String v = value.strip();
    if (v.equalsIgnoreCase("true")) {
      return true;
    }
    if (v.equalsIgnoreCase("false")) {
      return false;
    }
    try {
      return new java.math.BigDecimal(v).signum() != 0;
    } catch (NumberFormatException e) {
      throw dev.quern.engine.error.SqlErrors.CONVERSION_FAILED.raise("varchar", v, "bit");
    }
  }

  private static byte[] newCookie() {
    byte[] b = new byte[COOKIE_BYTES];
    RANDOM.nextBytes(b);
    return b;
  }
}
