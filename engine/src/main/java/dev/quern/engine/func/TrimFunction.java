package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.value.Collations;
import java.util.List;

/**
 * TRIM(string [, characters]) and the two-argument LTRIM/RTRIM of SQL Server 2022: removes the
 * given characters (spaces by default) from both ends. The parser passes {@code TRIM(chars FROM s)}
 * as TRIM(s, chars).
 */
final class TrimFunction extends BuiltinFunction {
  private final boolean leading;
  private final boolean trailing;

  TrimFunction(String name, boolean leading, boolean trailing, int minArgs) {
    super(name, minArgs, 2);
    this.leading = leading;
    this.trailing = trailing;
  }

  static List<ScalarFunction> all() {
    return List.of(
        new TrimFunction("TRIM", true, true, 1),
        new TrimFunction("LTRIM", true, false, 1),
        new TrimFunction("RTRIM", false, true, 1));
  }

  @Override
  SqlType resultType(List<SqlType> types) {
    return TextTypes.sameLength(types.get(0));
  }

  @Override
  Object call(Arguments a, FunctionContext ctx) {
    String s = a.string(0);
    if (a.size() == 1) {
      String r = trailing ? Collations.stripTrailingSpaces(s) : s;
      return leading ? StringTransformFunction.stripLeadingSpaces(r) : r;
    }
    String chars = a.string(1);
    int b = 0;
    int e = s.length();
    while (leading && b < e && chars.indexOf(s.charAt(b)) >= 0) {
      b++;
    }
    while (trailing && e > b && chars.indexOf(s.charAt(e - 1)) >= 0) {
      e--;
    }
    return s.substring(b, e);
  }
}
