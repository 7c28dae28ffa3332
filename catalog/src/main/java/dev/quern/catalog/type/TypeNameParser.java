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
    if (open < 0 && SqlTypes.isRowversionName(stripBrackets(name))) {
      return SqlTypes.ROWVERSION;
    }
    TypeId id = SqlTypes.lookup(stripBrackets(name));
    if (id == null) {
      throw new IllegalArgumentException("unknown type: " + text);
    }
    if (open < 0 && id == TypeId.VECTOR) {
      throw new IllegalArgumentException("vector needs its dimensions: " + text);
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
    if (id == TypeId.VECTOR) {
      return VectorTypeName.of(args);
    }
    if (args.length > 2) {
      throw new IllegalArgumentException("bad type: " + text);
    }
    String first = args[0].trim().toLowerCase(Locale.ROOT);
    if (first.equals("max")) {
      return SqlType.ofLength(id, SqlType.MAX);
    }
    Integer a = Integer.valueOf(first);
    Integer b = args.length == 2 ? Integer.valueOf(args[1].trim()) : null;
    SqlType t = SqlTypes.withFacets(id, a, b, defaultLength);
    check(t, id, stripBrackets(name).trim().toLowerCase(java.util.Locale.ROOT), a, b);
    return t;
  }

  /** Rejects facets SQL Server rejects: too long (131), precision, scale or length out of range. */
  private static void check(SqlType t, TypeId id, String name, int first, Integer second) {
    boolean sized = SqlTypes.isCharacter(id) || SqlTypes.isBinary(id);
    if (sized && first > SqlTypes.maxLength(id)) {
      throw new TypeFacetException(
          131,
          "The size ("
              + first
              + ") given to the type '"
              + name
              + "' exceeds the maximum allowed for any data type ("
              + SqlTypes.maxLength(id)
              + ").");
    }
    boolean bad =
        switch (id) {
          case CHAR, VARCHAR, NCHAR, NVARCHAR, BINARY, VARBINARY -> first < 1 || second != null;
          case DECIMAL, NUMERIC ->
              first < 1 || first > SqlTypes.MAX_PRECISION || t.scale() < 0 || t.scale() > first;
          case TIME, DATETIME2, DATETIMEOFFSET -> first < 0 || first > 7 || second != null;
          case FLOAT -> first < 1 || first > 53 || second != null;
          default -> true;
        };
    if (bad) {
      throw new IllegalArgumentException("bad facets for " + name + ": " + first);
    }
  }

  private static String stripBrackets(String name) {
    String n = name.trim();
    if (n.startsWith("[") && n.endsWith("]")) {
      return n.substring(1, n.length() - 1);
    }
    return n;
  }
}
