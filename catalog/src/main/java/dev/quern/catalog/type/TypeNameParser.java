package dev.quern.catalog.type;

import java.util.Locale;

/**
 * Parses a T-SQL type name with optional facets, e.g. {@code nvarchar(max)}, {@code decimal(10,
 * 2)}.
 */
final class TypeNameParser {
  private TypeNameParser() {}

  static SqlType parse(String text, int defaultLength) {
    String s = text.trim();
    int open = s.indexOf('(');
    String name = open < 0 ? s : s.substring(0, open);
    TypeId id = SqlTypes.lookup(stripBrackets(name));
    if (id == null) {
      throw new IllegalArgumentException("unknown type: " + text);
    }
    if (open < 0) {
      if (stripBrackets(name).trim().equalsIgnoreCase("sysname")) {
        return SqlTypes.SYSNAME;
      }
      return SqlTypes.withFacets(id, null, null, defaultLength);
    }
    int close = s.lastIndexOf(')');
    if (close < open || !s.substring(close + 1).isBlank()) {
      throw new IllegalArgumentException("bad type: " + text);
    }
    String[] args = s.substring(open + 1, close).split(",");
    if (args.length > 2) {
      throw new IllegalArgumentException("bad type: " + text);
    }
    String first = args[0].trim().toLowerCase(Locale.ROOT);
    if (first.equals("max")) {
      return SqlType.ofLength(id, SqlType.MAX);
    }
    Integer a = Integer.valueOf(first);
    Integer b = args.length == 2 ? Integer.valueOf(args[1].trim()) : null;
    return SqlTypes.withFacets(id, a, b, defaultLength);
  }

  private static String stripBrackets(String name) {
    String n = name.trim();
    if (n.startsWith("[") && n.endsWith("]")) {
      return n.substring(1, n.length() - 1);
    }
    return n;
  }
}
