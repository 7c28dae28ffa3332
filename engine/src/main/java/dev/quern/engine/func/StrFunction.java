package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * STR(float [, length [, decimals]]): the number right-aligned in {@code length} characters
 * (default 10) with {@code decimals} places (default 0, at most 16), rounded; asterisks when the
 * integral part does not fit. NULL for a length outside 1–8000 or negative decimals.
 */
final class StrFunction extends BuiltinFunction {
  private static final int MAX_DECIMALS = 16;
  private static final int MAX_LENGTH = 8000;

  StrFunction() {
    super("STR", 1, 3);
  }

  @Override
  SqlType resultType(List<SqlType> types) {
    return SqlType.ofLength(TypeId.VARCHAR, MAX_LENGTH);
  }

  @Override
  Object call(Arguments a, FunctionContext ctx) {
    double v = a.dbl(0);
    int length = a.size() > 1 ? a.integer(1) : 10;
    int decimals = a.size() > 2 ? Math.min(MAX_DECIMALS, a.integer(2)) : 0;
    if (length <= 0 || length > MAX_LENGTH || decimals < 0) {
      return null;
    }
    BigDecimal d = new BigDecimal(Double.toString(v)).setScale(decimals, RoundingMode.HALF_UP);
    String text = d.toPlainString();
    if (text.length() > length) {
      // Fewer decimals first; only an integral part that does not fit gives asterisks.
      int room = length - (text.indexOf('.') < 0 ? text.length() : text.indexOf('.')) - 1;
      if (room < 0) {
        String whole = d.setScale(0, RoundingMode.HALF_UP).toPlainString();
        return whole.length() <= length
            ? " ".repeat(length - whole.length()) + whole
            : "*".repeat(length);
      }
      text = d.setScale(room, RoundingMode.HALF_UP).toPlainString();
    }
    return " ".repeat(Math.max(0, length - text.length())) + text;
  }
}
