package dev.quern.engine.func;

import com.google.re2j.Matcher;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.engine.func.RegexArguments.Role;
import java.util.List;

/**
 * REGEXP_INSTR(string, pattern [, start [, occurrence [, return_option [, flags [, group]]]]]):
 * where the {@code occurrence}-th match from {@code start} (or its group) begins (return_option
 * 0) or the position after it ends (1); 0 when there is none. Like SQL Server, the result counts
 * UTF-16 code units while {@code start} counts characters (they differ past a supplementary
 * character). SQL Server's 19301 texts for return_option and group name bounds of 0 and 1 that do
 * not match what it accepts (0 or 1; at least 0); they are kept as it words them.
 */
final class RegexpInstrFunction extends RegexpFunction {
  RegexpInstrFunction() {
    super("REGEXP_INSTR", 2, List.of(
        Role.SOURCE, Role.PATTERN, Role.NUMBER, Role.NUMBER, Role.NUMBER, Role.FLAGS, Role.NUMBER));
  }

  @Override
  RegexpFunction fresh() {
    return new RegexpInstrFunction();
  }

  @Override
  SqlType type(List<SqlType> types) {
    return SqlTypes.INT;
  }

  @Override
  Object call(Arguments a, FunctionContext ctx) {
    int start = intOr(a, 2, 1);
    RegexArguments.atLeast(start, 1, "START", "REGEXP_INSTR", 3);
    int occurrence = intOr(a, 3, 1);
    RegexArguments.atLeast(occurrence, 1, "OCCURRENCE", "REGEXP_INSTR", 4);
    int option = intOr(a, 4, 0);
    if (option != 0 && option != 1) {
      throw RegexErrors.belowMinimum("RETURN_OPTION", 0, option, "REGEXP_INSTR", 6);
    }
    int group = intOr(a, 6, 0);
    if (group < 0) {
      throw RegexErrors.belowMinimum("GROUP", 1, group, "REGEXP_INSTR", 5);
    }
    var pattern = pattern(a, 5);
    String text = a.string(0);
    int from = RegexArguments.startIndex(text, start);
    if (from < 0) {
      return 0;
    }
    Matcher m = matcher(pattern, text, ctx);
    if (!find(m, from, occurrence) || group > m.groupCount() || m.group(group) == null) {
      return 0;
    }
    return (option == 0 ? m.start(group) : m.end(group)) + 1;
  }
}
