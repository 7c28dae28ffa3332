package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import java.util.List;

/**
 * CURSOR_STATUS({'local' | 'global' | 'variable'}, name): smallint 1 open with rows (a dynamic one
 * always), 0 open and empty, -1 closed, -2 a cursor variable with no cursor, -3 no such cursor.
 */
final class CursorStatusFunction extends BuiltinFunction {
  CursorStatusFunction() {
    super("CURSOR_STATUS", 2, 2);
  }

  @Override
  SqlType resultType(List<SqlType> types) {
    return SqlTypes.SMALLINT;
  }

  @Override
  Object call(Arguments a, FunctionContext ctx) {
    return ctx.cursorStatus(a.string(0), a.string(1));
  }

  @Override
  public boolean deterministic() {
    return false;
  }
}
