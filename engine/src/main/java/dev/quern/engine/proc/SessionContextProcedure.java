package dev.quern.engine.proc;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.catalog.value.Conversions;
import dev.quern.catalog.value.SqlVariant;
import dev.quern.engine.error.SqlErrors;
import java.util.List;

/**
 * sp_set_session_context @key, @value [, @read_only]: stores a sql_variant under a key for the rest
 * of the session ("sp_set_session_context (Transact-SQL)"). Arguments bind by position whatever
 * their names, as SQL Server's own procedure does; errors use its internal name
 * sp_set_connection_context where SQL Server's do.
 */
final class SessionContextProcedure implements SystemProcedure {
  @Override
  public String name() {
    return "sp_set_session_context";
  }

  @Override
  public int execute(List<ProcArg> args, ProcedureHost host) {
    if (args.size() < 2) {
      throw SqlErrors.SESSION_CONTEXT_ARG_COUNT.raise();
    }
    if (args.size() > 3) {
      throw SqlErrors.SESSION_CONTEXT_TOO_MANY_ARGS.raise();
    }
    ProcArg key = args.get(0);
    if (key.value() == null || !SqlTypes.isCharacter(key.type().id())) {
      throw SqlErrors.SESSION_CONTEXT_BAD_PARAMETERS.raise();
    }
    ProcArg value = args.get(1);
    boolean readOnly = args.size() > 2 && readOnly(args.get(2));
    SqlVariant v = variant(value.value(), value.type());
    host.state().sessionContext().set(key.value().toString(), v, bytes(v), readOnly);
    return 0;
  }

  private static SqlVariant variant(Object value, SqlType type) {
    if (value == null) {
      return null;
    }
    return value instanceof SqlVariant sv ? sv : new SqlVariant(type, value);
  }

  /** The value's size as SQL Server counts it toward the limit: its data bytes. */
  private static int bytes(SqlVariant v) {
    if (v == null) {
      return 0;
    }
    return switch (v.value()) {
      case String s -> SqlTypes.isUnicode(v.baseType().id()) ? s.length() * 2 : s.length();
      case byte[] b -> b.length;
      default -> 8;
    };
  }

  private static boolean readOnly(ProcArg arg) {
    if (arg.value() == null || arg.isDefault()) {
      return false;
    }
    TypeId id = arg.type().id();
    return id == TypeId.BIT && arg.value() instanceof Boolean b
        ? b
        : ((Number) Conversions.convert(arg.value(), arg.type(), SqlTypes.BIGINT)).longValue() != 0;
  }
}
