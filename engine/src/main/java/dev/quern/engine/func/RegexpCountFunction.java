package dev.quern.engine.func;

import com.google.re2j.Matcher;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.func.RegexArguments.Role;
import java.util.List;

/**
 * REGEXP_COUNT(string, pattern [, start [, flags]]): how many times the pattern matches from
 * {@code start} (a code point position, at least 1: 19301 state 0); empty matches count, one at
 * each position ({@code REGEXP_COUNT('abc', '')} is 4); 0 when start lies past the string.
 */
final class RegexpCountFunction extends RegexpFunction {
  RegexpCountFunction() {
    super("REGEXP_COUNT", 2, List.of(Role.SOURCE, Role.PATTERN, Role.NUMBER, Role.FLAGS));
  }

  @Override
  RegexpFunction fresh() {
    return new RegexpCountFunction();
  }

  @Override
  SqlType type(List<SqlType> types) {
    return SqlTypes.INT;
  }

  @Override
  Object call(Arguments a, FunctionContext ctx) {
    int start = intOr(a, 2, 1);
    RegexArguments.atLeast(start, 1, "START", "REGEXP_COUNT", 0);
    var pattern = pattern(a, 3);
    String text = a.string(0);
    int from = RegexArguments.startIndex(text, start);
    if (from < 0) {
      return 0;
    }
    Matcher m = matcher(pattern, text, ctx);
    int count = 0;
    for (boolean found = m.find(from); found; found = m.find()) {
      count++;
    }
    return count;
  }
}
