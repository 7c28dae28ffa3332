package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import java.util.Arrays;
import java.util.List;

/** SESSION_CONTEXT(N'key') and CONTEXT_INFO(): what the application attached to the session. */
final class SessionContextFunctions {
  private SessionContextFunctions() {}

  static List<ScalarFunction> all() {
    return List.of(new SessionContextFunction(), new ContextInfoFunction());
  }

  /** SESSION_CONTEXT(key): the sql_variant set for {@code key}, NULL when none; the key is nvarchar only. */
  private static final class SessionContextFunction extends BuiltinFunction {
    SessionContextFunction() {
      super("SESSION_CONTEXT", 1, 1);
    }

    @Override
    SqlType resultType(List<SqlType> types) {
      TypeId id = types.getFirst().id();
      if (id != TypeId.NVARCHAR && id != TypeId.NCHAR) {
        throw Arity.invalidType(name(), types.getFirst(), 1); // SQL Server wants N'key', not 'key'
      }
      return SqlTypes.SQL_VARIANT;
    }

    @Override
    public boolean deterministic() {
      return false;
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      return ctx.sessionContext().get(a.string(0));
    }
  }

  /** CONTEXT_INFO(): SET CONTEXT_INFO's bytes padded with zeros to 128, as binary(128) keeps them. */
  private static final class ContextInfoFunction extends BuiltinFunction {
    private static final int SIZE = 128;

    ContextInfoFunction() {
      super("CONTEXT_INFO", 0, 0);
    }

    @Override
    SqlType resultType(List<SqlType> types) {
      return SqlType.ofLength(TypeId.VARBINARY, SIZE);
    }

    @Override
    public boolean deterministic() {
      return false;
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      byte[] info = ctx.contextInfo();
      return info == null ? null : Arrays.copyOf(info, SIZE);
    }
  }
}
