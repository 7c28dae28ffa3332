package dev.quern.engine.func;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of SQL Server 2025's table-valued regular expression functions, for one call site
 * (which keeps its compiled pattern across rows of an APPLY):
 *
 * <ul>
 *   <li>REGEXP_MATCHES(string, pattern [, flags]): a row per match, (match_id bigint,
 *       start_position int, end_position int, match_value, substring_matches json). Positions count
 *       characters from 1 and end inclusive; an empty match has start = end, never past the last
 *       character (0 in an empty string). substring_matches is a JSON array of
 *       {@code {"value","start","length"}} per capture group (nulls for a group that took no part),
 *       or for the whole match when the pattern has no groups.
 *   <li>REGEXP_SPLIT_TO_TABLE(string, pattern [, flags]): the pieces between matches, (value,
 *       ordinal bigint): empty pieces kept, an empty match at the very start or end cuts nothing
 *       ({@code 'abc'} split on {@code ''} is a, b, c), an empty string one empty piece.
 * </ul>
 *
 * A NULL argument gives no rows.
 */
public final class RegexpTable {
  private final boolean matches;
  private final RegexPatternCache patterns = new RegexPatternCache(true);

  private RegexpTable(boolean matches) {
    this.matches = matches;
  }

  /** REGEXP_MATCHES's rows at one call site. */
  public static RegexpTable matches() {
    return new RegexpTable(true);
  }

  /** REGEXP_SPLIT_TO_TABLE's rows at one call site. */
  public static RegexpTable split() {
    return new RegexpTable(false);
  }

  /** The function's name as SQL Server prints it. */
  public String name() {
    return matches ? "REGEXP_MATCHES" : "REGEXP_SPLIT_TO_TABLE";
  }

  /** The rows for these argument values (flags null when the call has none). */
  public List<Object[]> rows(String text, String pattern, String flags, boolean flagsGiven, FunctionContext ctx) {
    if (text == null || pattern == null || flagsGiven && flags == null) {
      return List.of();
    }
    Pattern p = patterns.get(pattern, flagsGiven ? flags : "");
    Matcher m = RegexpFunction.matcher(p, text, ctx);
    return matches ? matchRows(m, text) : pieces(m, text);
  }

  private static List<Object[]> matchRows(Matcher m, String text) {
    List<Object[]> rows = new ArrayList<>();
    int length = text.codePointCount(0, text.length());
    for (boolean found = m.find(); found; found = m.find()) {
      int start = RegexArguments.codePointPosition(text, m.start());
      int chars = text.codePointCount(m.start(), m.end());
      int first = chars == 0 ? Math.min(start, length) : start;
      int last = chars == 0 ? first : start + chars - 1;
      rows.add(new Object[] {(long) rows.size() + 1, first, last, m.group(), groupsJson(m, text)});
    }
    return rows;
  }

  private static String groupsJson(Matcher m, String text) {
    StringBuilder sb = new StringBuilder("[");
    int groups = m.groupCount();
    for (int g = groups == 0 ? 0 : 1; g <= groups; g++) {
      if (sb.length() > 1) {
        sb.append(',');
      }
      String value = m.group(g);
      if (value == null) {
        sb.append("{\"value\":null,\"start\":null,\"length\":null}");
        continue;
      }
      sb.append("{\"value\":");
      JsonEscape.appendQuoted(sb, value);
      sb.append(",\"start\":").append(RegexArguments.codePointPosition(text, m.start(g)))
          .append(",\"length\":").append(value.codePointCount(0, value.length())).append('}');
    }
    return sb.append(']').toString();
  }

  private static List<Object[]> pieces(Matcher m, String text) {
    List<Object[]> rows = new ArrayList<>();
    if (text.isEmpty()) {
      rows.add(new Object[] {"", 1L});
      return rows;
    }
    int begin = 0;
    int end = 0;
    for (boolean found = m.find(); found; found = m.find()) {
      end = m.start();
      if (m.end() != 0) {
        rows.add(new Object[] {text.substring(begin, end), (long) rows.size() + 1});
      }
      begin = m.end();
    }
    if (end != text.length()) {
      rows.add(new Object[] {text.substring(begin), (long) rows.size() + 1});
    }
    return rows;
  }
}
