package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import java.util.List;

/**
 * QUOTENAME(name [, quote]): the name delimited by [] (default), "", '', (), <>, {} or ``, with the
 * closing delimiter doubled; NULL for names over 128 characters or another quote character.
 */
final class QuoteNameFunction extends BuiltinFunction {
  private static final int MAX_NAME = 128;
  private static final String OPENERS = "[\"'(<{`";
  private static final String CLOSERS = "]\"')>}`";

  QuoteNameFunction() {
    super("QUOTENAME", 1, 2);
  }

  @Override
  SqlType resultType(List<SqlType> types) {
    return SqlType.ofLength(TypeId.NVARCHAR, 258);
  }

  @Override
  Object call(Arguments a, FunctionContext ctx) {
    String name = a.string(0);
    String q = a.size() == 2 ? a.string(1) : "[";
    if (name.length() > MAX_NAME || q.isEmpty()) {
      return null;
    }
    char c = q.charAt(0);
    int open = OPENERS.indexOf(c);
    int close = CLOSERS.indexOf(c);
    int i = open >= 0 ? open : close;
    if (i < 0) {
      return null;
    }
    String closer = String.valueOf(CLOSERS.charAt(i));
    return OPENERS.charAt(i) + name.replace(closer, closer + closer) + closer;
  }
}
