package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.error.SqlErrors;
import java.util.List;
import java.util.Locale;

/**
 * STRING_ESCAPE(text, type): the text with JSON's special and control characters escaped; 'json'
 * is the only type SQL Server knows (13622 for any other, 8116 state 8 for a NULL type).
 */
final class StringEscapeFunction extends BuiltinFunction {
  StringEscapeFunction() {
    super("STRING_ESCAPE", 2, 2);
  }

  @Override
  SqlType resultType(List<SqlType> types) {
    return SqlTypes.NVARCHAR_MAX;
  }

  @Override
  boolean nullInNullOut() {
    return false; // a NULL type is an error even when the text is NULL
  }

  @Override
  Object call(Arguments a, FunctionContext ctx) {
    if (a.isNull(1)) {
      throw SqlErrors.STRING_ESCAPE_NULL_TYPE.raise();
    }
    // Compared as the collation does: case and trailing spaces ignored.
    if (!a.string(1).stripTrailing().toLowerCase(Locale.ROOT).equals("json")) {
      throw SqlErrors.INVALID_ARGUMENT_2.raise();
    }
    return a.isNull(0) ? null : JsonEscape.escape(a.string(0));
  }
}
