package dev.quern.engine.func;

import com.google.re2j.Matcher;
import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.func.RegexArguments.Role;
import java.util.List;

/**
 * REGEXP_REPLACE(string, pattern [, replacement [, start [, occurrence [, flags]]]]): the string
 * with every match from {@code start} (occurrence 0, the default) or only the n-th replaced. The
 * replacement inserts group n for {@code \1}…{@code \9} (nothing for a group the pattern lacks) and
 * a backslash for {@code \\}; everything else, {@code &} and {@code \0} included, is literal.
 *
 * <p>The result is varchar(8000) or nvarchar(4000) in the source's family, max when the source or
 * the replacement is max, and a longer result is cut to that width without a warning, as SQL
 * Server does. An empty pattern leaves the string as it is (SQL Server's answer, though RE2 would
 * match the empty string everywhere).
 */
final class RegexpReplaceFunction extends RegexpFunction {
  RegexpReplaceFunction() {
    super("REGEXP_REPLACE", 2,
        List.of(Role.SOURCE, Role.PATTERN, Role.REPLACEMENT, Role.NUMBER, Role.NUMBER, Role.FLAGS));
  }

  @Override
  RegexpFunction fresh() {
    return new RegexpReplaceFunction();
  }

  @Override
  SqlType type(List<SqlType> types) {
    boolean unicode = SqlTypes.isUnicode(types.getFirst().id());
    boolean max = types.getFirst().isMax() || types.size() > 2 && types.get(2).isMax();
    TypeId id = unicode ? TypeId.NVARCHAR : TypeId.VARCHAR;
    return SqlType.ofLength(id, max ? SqlType.MAX : unicode ? SqlTypes.MAX_NCHARS : SqlTypes.MAX_BYTES);
  }

  @Override
  Object call(Arguments a, FunctionContext ctx) {
    int start = intOr(a, 3, 1);
    RegexArguments.atLeast(start, 1, "START", "REGEXP_REPLACE", 1);
    int occurrence = intOr(a, 4, 0);
    RegexArguments.atLeast(occurrence, 0, "OCCURRENCE", "REGEXP_REPLACE", 2);
    var pattern = pattern(a, 5);
    String text = a.string(0);
    int from = RegexArguments.startIndex(text, start);
    if (from < 0 || a.string(1).isEmpty()) {
      return text;
    }
    String replacement = a.size() > 2 ? a.string(2) : "";
    String out = replace(matcher(pattern, text, ctx), text, from, occurrence, replacement);
    int width = type(List.of(a.type(0), a.size() > 2 ? a.type(2) : a.type(0))).length();
    return width != SqlType.MAX && out.length() > width ? out.substring(0, width) : out;
  }

  private static String replace(Matcher m, String text, int from, int occurrence, String replacement) {
    StringBuilder out = new StringBuilder(text.length());
    int copied = 0;
    int k = 0;
    for (boolean found = m.find(from); found; found = m.find()) {
      k++;
      if (occurrence != 0 && k != occurrence) {
        continue;
      }
      out.append(text, copied, m.start());
      expand(m, replacement, out);
      copied = m.end();
      if (occurrence != 0) {
        break;
      }
    }
    return out.append(text, copied, text.length()).toString();
  }

  /** Appends the replacement with its group references filled in. */
  private static void expand(Matcher m, String replacement, StringBuilder out) {
    for (int i = 0; i < replacement.length(); i++) {
      char c = replacement.charAt(i);
      char next = i + 1 < replacement.length() ? replacement.charAt(i + 1) : 0;
      if (c == '\\' && next >= '1' && next <= '9') {
        int group = next - '0';
        if (group <= m.groupCount() && m.group(group) != null) {
          out.append(m.group(group));
        }
        i++;
      } else if (c == '\\' && next == '\\') {
        out.append('\\');
        i++;
      } else {
        out.append(c);
      }
    }
  }
}
