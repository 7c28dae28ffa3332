package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.locale.SqlLanguage;
import dev.quern.engine.locale.SqlLanguages;
import java.util.List;

/**
 * The {@code @@} functions and the niladic identity functions, each with the type SQL Server gives
 * it (@@SPID smallint, @@MAX_PRECISION tinyint — jTDS reads it with getByte).
 */
final class SystemVariables {
  private static final SqlType IDENTITY = new SqlType(TypeId.NUMERIC, 0, 38, 0);
  private static final SqlType NVARCHAR_128 = SqlTypes.SYSNAME;

  private SystemVariables() {}

  static List<ScalarFunction> all() {
    return List.of(
        v("@@VERSION", SqlType.ofLength(TypeId.NVARCHAR, 300), c -> ServerVersion.VERSION_TEXT),
        v("@@MICROSOFTVERSION", SqlTypes.INT, c -> ServerVersion.microsoftVersion()),
        v("@@SPID", SqlTypes.SMALLINT, FunctionContext::spid),
        v("@@TRANCOUNT", SqlTypes.INT, FunctionContext::transactionCount),
        v("@@ROWCOUNT", SqlTypes.INT, c -> (int) Math.min(Integer.MAX_VALUE, c.rowCount())),
        v("ROWCOUNT_BIG", SqlTypes.BIGINT, FunctionContext::rowCount),
        v("@@ERROR", SqlTypes.INT, FunctionContext::lastError),
        v("@@IDENTITY", IDENTITY, FunctionContext::lastIdentity),
        v("SCOPE_IDENTITY", IDENTITY, FunctionContext::lastIdentity),
        v("@@MAX_PRECISION", SqlTypes.TINYINT, c -> SqlTypes.MAX_PRECISION),
        v("@@DBTS", SqlType.ofLength(TypeId.VARBINARY, 8), c -> dev.quern.catalog.meta.Catalog.rowversionBytes(c.databaseRowversion())),
        v("MIN_ACTIVE_ROWVERSION", SqlType.ofLength(TypeId.BINARY, 8),
            c -> dev.quern.catalog.meta.Catalog.rowversionBytes(c.minActiveRowversion())),
        v("@@SERVERNAME", NVARCHAR_128, FunctionContext::serverName),
        v("@@SERVICENAME", NVARCHAR_128, c -> "MSSQLSERVER"),
        v("@@LANGUAGE", NVARCHAR_128, FunctionContext::language),
        v("@@LANGID", SqlTypes.SMALLINT, c -> SqlLanguages.find(c.language() == null ? "" : c.language()).map(SqlLanguage::langId).orElse(0)),
        v("@@DATEFIRST", SqlTypes.TINYINT, FunctionContext::dateFirst),
        v("@@TEXTSIZE", SqlTypes.INT, FunctionContext::textSize),
        v("@@LOCK_TIMEOUT", SqlTypes.INT, FunctionContext::lockTimeout),
        v("@@OPTIONS", SqlTypes.INT, c -> (int) c.options()),
        v("@@NESTLEVEL", SqlTypes.INT, FunctionContext::nestLevel),
        v("@@FETCH_STATUS", SqlTypes.INT, FunctionContext::fetchStatus),
        v("@@CURSOR_ROWS", SqlTypes.INT, FunctionContext::cursorRows),
        v("@@PROCID", SqlTypes.INT, FunctionContext::procId),
        v("@@MAX_CONNECTIONS", SqlTypes.INT, c -> 32767),
        v("@@DEFAULT_LANGID", SqlTypes.SMALLINT, c -> 0),
        v("XACT_STATE", SqlTypes.SMALLINT, FunctionContext::xactState),
        v("SYSTEM_USER", NVARCHAR_128, FunctionContext::loginName),
        v("CURRENT_USER", NVARCHAR_128, FunctionContext::userName),
        v("SESSION_USER", NVARCHAR_128, FunctionContext::userName),
        v("USER", NVARCHAR_128, FunctionContext::userName),
        v("HOST_NAME", NVARCHAR_128, FunctionContext::hostName),
        v("APP_NAME", NVARCHAR_128, FunctionContext::appName),
        v("ORIGINAL_LOGIN", NVARCHAR_128, FunctionContext::originalLogin));
  }

  private static ScalarFunction v(
      String name, SqlType type, java.util.function.Function<FunctionContext, Object> read) {
    return new SessionValueFunction(name, type, read);
  }
}
