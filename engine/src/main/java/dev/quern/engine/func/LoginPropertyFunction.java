package dev.quern.engine.func;

import dev.quern.catalog.meta.Login;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.catalog.value.DateTimeValues;
import dev.quern.catalog.value.SqlVariant;
import dev.quern.engine.security.SqlServerPasswordHash;
import dev.quern.engine.security.StoredPassword;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * LOGINPROPERTY(login, property): a SQL login's password-policy facts as sql_variant, NULL for a
 * login that is not a SQL login created here (sa's password lives in the server's file) or an
 * unknown property. Quern never locks a login out or expires a password, so the counters are 0
 * and the times 1900-01-01. PasswordHash (and its algorithm) exist only for logins created with
 * {@code PASSWORD = 0x… HASHED}, and only for sysadmin (SQL Server asks CONTROL SERVER); Quern's
 * own PBKDF2 hashes are not SQL Server's format and give NULL. PasswordLastSetTime is the login's
 * last change, which Quern does not keep apart from other changes.
 */
final class LoginPropertyFunction extends BuiltinFunction {
  private static final LocalDateTime NEVER = LocalDateTime.of(1900, 1, 1, 0, 0);

  LoginPropertyFunction() {
    super("LOGINPROPERTY", 2, 2);
  }

  @Override
  SqlType resultType(List<SqlType> types) {
    return SqlTypes.SQL_VARIANT;
  }

  @Override
  public boolean deterministic() {
    return false;
  }

  @Override
  Object call(Arguments a, FunctionContext ctx) {
    Login login = ctx.sqlLogin(a.string(0)).orElse(null);
    if (login == null) {
      return null;
    }
    return switch (a.string(1).toLowerCase(Locale.ROOT)) {
      case "badpasswordcount", "historylength", "isexpired", "islocked", "ismustchange" -> new SqlVariant(SqlTypes.INT, 0);
      case "badpasswordtime", "lockouttime" -> new SqlVariant(SqlTypes.DATETIME, NEVER);
      case "daysuntilexpiration" -> null; // no expiration period is ever set
      case "defaultdatabase" -> new SqlVariant(SqlTypes.SYSNAME, login.defaultDatabase());
      case "defaultlanguage" -> new SqlVariant(SqlTypes.SYSNAME, "us_english");
      case "passwordlastsettime" -> new SqlVariant(SqlTypes.DATETIME, DateTimeValues.roundToDatetime(
          LocalDateTime.ofInstant(Instant.ofEpochMilli(login.modifiedMillis()), ZoneId.systemDefault())));
      case "passwordhash" -> hashProperty(login, ctx, false);
      case "passwordhashalgorithm" -> hashProperty(login, ctx, true);
      default -> null;
    };
  }

  /** The SQL Server hash as varbinary, or its algorithm (its version byte) as int; else NULL. */
  private static SqlVariant hashProperty(Login login, FunctionContext ctx, boolean algorithm) {
    SqlServerPasswordHash hash = sqlServerHash(login, ctx);
    if (hash == null) {
      return null;
    }
    byte[] bytes = hash.bytes();
    return algorithm ? new SqlVariant(SqlTypes.INT, (int) bytes[0])
        : new SqlVariant(SqlType.ofLength(TypeId.VARBINARY, 256), bytes);
  }

  private static SqlServerPasswordHash sqlServerHash(Login login, FunctionContext ctx) {
    return ctx.isSysadmin() && StoredPassword.decode(login.passwordHash()) instanceof SqlServerPasswordHash h ? h : null;
  }
}
