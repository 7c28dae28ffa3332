package dev.quern.engine.func;

import com.google.re2j.Matcher;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.func.RegexArguments.Role;
import java.util.List;

/**
 * REGEXP_SUBSTR(string, pattern [, start [, occurrence [, flags [, group]]]]): the text of the
 * {@code occurrence}-th match from {@code start}, or of its capture group {@code group} (0: the
 * whole match); NULL when there is no such match, the pattern has fewer groups, or the group took
 * no part in the match. Typed as the source (char as varchar of the same length).
 */
final class RegexpSubstrFunction extends RegexpFunction {
  RegexpSubstrFunction() {
    super("REGEXP_SUBSTR", 2,
        List.of(Role.SOURCE, Role.PATTERN, Role.NUMBER, Role.NUMBER, Role.FLAGS, Role.NUMBER));
  }

  @Override
  RegexpFunction fresh() {
    return new RegexpSubstrFunction();
  }

  @Override
  SqlType type(List<SqlType> types) {
    SqlType source = types.getFirst();
    return switch (source.id()) {
      case CHAR -> SqlType.ofLength(TypeId.VARCHAR, source.length());
      case NCHAR -> SqlType.ofLength(TypeId.NVARCHAR, source.length());
      default -> source;
    };
  }

  @Override
  Object call(Arguments a, FunctionContext ctx) {
    int start = intOr(a, 2, 1);
    RegexArguments.atLeast(start, 1, "START", "REGEXP_SUBSTR", 7);
    int occurrence = intOr(a, 3, 1);
    RegexArguments.atLeast(occurrence, 1, "OCCURRENCE", "REGEXP_SUBSTR", 8);
    int group = intOr(a, 5, 0);
    RegexArguments.atLeast(group, 0, "GROUP", "REGEXP_SUBSTR", 9);
    var pattern = pattern(a, 4);
    String text = a.string(0);
    int from = RegexArguments.startIndex(text, start);
    if (from < 0) {
      return null;
    }
    Matcher m = matcher(pattern, text, ctx);
    if (!find(m, from, occurrence) || group > m.groupCount()) {
      return null;
    }
    return m.group(group);
  }
}
