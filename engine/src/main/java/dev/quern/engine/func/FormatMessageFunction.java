package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.exec.RaiserrorFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * FORMATMESSAGE('text', args…) formats as RAISERROR does ({@link RaiserrorFormatter}: %d, %i,
 * %u, %o, %x, %X, %s with flags, width and precision; a NULL or missing argument prints as
 * "(null)"), giving nvarchar(2047). FORMATMESSAGE(msg_number, …) formats the message of that
 * number in sys.messages (the session's language, else us_english): NULL for a number up to 13000
 * or one sys.messages lacks, as SQL Server gives.
 */
final class FormatMessageFunction extends BuiltinFunction {
  /** SQL Server's limit on a function's argument count. */
  private static final int MAX_ARGS = 2100;
  /** FORMATMESSAGE gives NULL for message numbers up to this one (SQL Server's documented rule). */
  private static final int LAST_UNLISTED = 13000;

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

  /** A number's text is read from sys.messages when called, which sp_addmessage changes. */
  @Override
  public boolean deterministic() {
    return false;
  }

  @Override
  boolean nullInNullOut() {
    return false; // NULL arguments print as (null)
  }

  @Override
  Object call(Arguments a, FunctionContext ctx) {
    Object message = a.value(0);
    if (message == null) {
      return null;
    }
    String template;
    if (message instanceof Number n) {
      if (n.longValue() <= LAST_UNLISTED || n.longValue() > Integer.MAX_VALUE) {
        return null;
      }
      template = ctx.messageText(n.intValue()).orElse(null);
      if (template == null) {
        return null;
      }
    } else {
      template = a.string(0);
    }
    List<RaiserrorFormatter.Substitution> args = new ArrayList<>();
    for (int i = 1; i < a.size(); i++) {
      args.add(new RaiserrorFormatter.Substitution(a.value(i), a.type(i), false));
    }
    return RaiserrorFormatter.formatMessage(template, args);
  }
}
