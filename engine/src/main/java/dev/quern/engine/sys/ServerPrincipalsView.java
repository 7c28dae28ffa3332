package dev.quern.engine.sys;

import static dev.quern.engine.sys.Columns.bit;
import static dev.quern.engine.sys.Columns.datetime;
import static dev.quern.engine.sys.Columns.integer;
import static dev.quern.engine.sys.Columns.nvarchar;
import static dev.quern.engine.sys.Columns.sysname;
import static dev.quern.engine.sys.Columns.varbinary;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.api.ResultColumn;
import dev.quern.engine.security.Principals;
import dev.quern.engine.session.SessionState;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * sys.server_principals ("sys.server_principals (Transact-SQL)") and sys.sql_logins (its SQL
 * logins, with the password policy columns): the sa login and the fixed server roles of {@link
 * Principals}, then the logins made with CREATE LOGIN (their dates as stored). These principals are built in, so their create_date and modify_date are the one
 * fixed time {@link #CREATED}, as SQL Server shows its own build's date for sa and the roles.
 * password_hash is NULL but for logins created with a SQL Server hash (PASSWORD = 0x… HASHED):
 * Quern's own PBKDF2 hashes (sa's stays in the server's data directory) are not SQL Server's
 * format.
 */
final class ServerPrincipalsView implements SystemView {
  /** The date SQL Server shows as sa's create_date. */
  static final LocalDateTime CREATED = LocalDateTime.of(2003, 4, 8, 9, 10, 35, 460_000_000);

  private static final List<ResultColumn> PRINCIPAL_COLUMNS =
      List.of(
          sysname("name", false), integer("principal_id", false), varbinary("sid", 85, true),
          new ResultColumn("type", SqlType.ofLength(TypeId.CHAR, 1), false), nvarchar("type_desc", 60, true),
          integer("is_disabled", true), datetime("create_date", false), datetime("modify_date", false),
          sysname("default_database_name", true), sysname("default_language_name", true),
          integer("credential_id", true), integer("owning_principal_id", true), bit("is_fixed_role", false));

  private static final List<ResultColumn> LOGIN_COLUMNS = loginColumns();

  private final boolean loginsOnly;

  private ServerPrincipalsView(boolean loginsOnly) {
    this.loginsOnly = loginsOnly;
  }

  static ServerPrincipalsView principals() {
    return new ServerPrincipalsView(false);
  }

  static ServerPrincipalsView sqlLogins() {
    return new ServerPrincipalsView(true);
  }

  private static List<ResultColumn> loginColumns() {
    List<ResultColumn> out = new ArrayList<>(PRINCIPAL_COLUMNS);
    out.add(bit("is_policy_checked", true));
    out.add(bit("is_expiration_checked", true));
    out.add(varbinary("password_hash", 256, true));
    return List.copyOf(out);
  }

  @Override
  public String name() {
    return loginsOnly ? "sql_logins" : "server_principals";
  }

  @Override
  public List<ResultColumn> columns() {
    return loginsOnly ? LOGIN_COLUMNS : PRINCIPAL_COLUMNS;
  }

  @Override
  public List<Object[]> rows(SessionState session) {
    List<Object[]> out = new ArrayList<>();
    for (Principals.ServerPrincipal p : Principals.server()) {
      boolean login = p.type().equals("S");
      if (loginsOnly && !login) {
        continue;
      }
      Object[] row = {p.name(), p.id(), p.sid(), p.type(), p.typeDescription(), 0, CREATED, CREATED,
          login ? "master" : null, login ? "us_english" : null, null, login ? null : Principals.SA_ID,
          p.fixedRole()};
      if (loginsOnly) {
        row = java.util.Arrays.copyOf(row, LOGIN_COLUMNS.size());
        row[row.length - 3] = false; // sa's password takes no Windows policy here
        row[row.length - 2] = false;
      }
      out.add(row);
    }
    for (dev.quern.catalog.meta.Login l : session.securityRecords().logins()) {
      Object[] row = {l.name(), l.id(), l.sid(), "S", "SQL_LOGIN", l.disabled() ? 1 : 0, date(l.createdMillis()),
          date(l.modifiedMillis()), l.defaultDatabase(), "us_english", null, null, false};
      if (loginsOnly) {
        row = java.util.Arrays.copyOf(row, LOGIN_COLUMNS.size());
        row[row.length - 3] = l.checkPolicy();
        row[row.length - 2] = l.checkExpiration();
        row[row.length - 1] = sqlServerHash(l);
      }
      out.add(row);
    }
    return out;
  }

  /** A login's SQL Server-format password hash (kept for one created HASHED), else NULL. */
  private static byte[] sqlServerHash(dev.quern.catalog.meta.Login l) {
    return dev.quern.engine.security.StoredPassword.decode(l.passwordHash())
        instanceof dev.quern.engine.security.SqlServerPasswordHash h ? h.bytes() : null;
  }

  /** A stored date (epoch milliseconds) as the server's local datetime, as SQL Server shows it. */
  static LocalDateTime date(long millis) {
    return LocalDateTime.ofInstant(java.time.Instant.ofEpochMilli(millis), java.time.ZoneId.systemDefault());
  }
}
