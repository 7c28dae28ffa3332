package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.exec.RaiserrorFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * FORMATMESSAGE('text', args…) formats as RAISERROR does ({@link RaiserrorFormatter}: %d, %i,
 * %u, %o, %x, %X, %s with flags, width and precision; a NULL or missing argument prints as
 * "(null)"), giving nvarchar(2047). FORMATMESSAGE(msg_number, …) reads the message from
 * sys.messages; Quern has no user-defined messages (sp_addmessage), so a number gives NULL, as
 * SQL Server gives for a number it has no message for.
 */
final class FormatMessageFunction extends BuiltinFunction {
  /** SQL Server's limit on a function's argument count. */
  private static final int MAX_ARGS = 2100;

  FormatMessageFunction() {
    super("FORMATMESSAGE", 1, MAX_ARGS);
  }

  @Override
  SqlType resultType(List<SqlType> types) {
    TypeId first = types.getFirst().id();
    if (!SqlTypes.isCharacter(first) && !SqlTypes.isInteger(first)) {
      throw Arity.invalidType(name(), types.getFirst(), 1);
    }
    return SqlType.ofLength(TypeId.NVARCHAR, RaiserrorFormatter.MAX_LENGTH);
  }

  @Override
  boolean nullInNullOut() {
    return false; // NULL arguments print as (null)
  }

  @Override
  Object call(Arguments a, FunctionContext ctx) {
    Object message = a.value(0);
    if (message == null || message instanceof Number) {
      return null;
    }
    List<Object> args = new ArrayList<>(Arrays.asList(new Object[a.size() - 1]));
    for (int i = 1; i < a.size(); i++) {
      args.set(i - 1, a.value(i));
    }
    return RaiserrorFormatter.format(a.string(0), args);
  }
}
