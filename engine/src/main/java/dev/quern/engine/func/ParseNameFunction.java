package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import java.util.ArrayList;
import java.util.List;

/**
 * PARSENAME('server.database.schema.object', part): part 1 is the object, 2 the schema, 3 the
 * database, 4 the server, counted from the right, with [brackets] and "quotes" removed (]] and ""
 * inside them stand for one). NULL for a part that is missing or empty, a part number outside 1–4,
 * more than four parts, or a name that does not parse (an unclosed bracket, text after one).
 */
final class ParseNameFunction extends BuiltinFunction {
  ParseNameFunction() {
    super("PARSENAME", 2, 2);
  }

  @Override
  SqlType resultType(List<SqlType> types) {
    return SqlTypes.SYSNAME;
  }

  @Override
  Object call(Arguments a, FunctionContext ctx) {
    int part = a.integer(1);
    List<String> parts = parts(a.string(0));
    if (parts == null || part < 1 || part > 4 || part > parts.size()) {
      return null;
    }
    String name = parts.get(parts.size() - part);
    return name.isEmpty() ? null : name;
  }

  /** The dot-separated parts, unquoted; null when the text is not a name of up to four parts. */
  static List<String> parts(String text) {
    List<String> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int i = 0;
    int n = text.length();
    while (true) {
      if (i < n && (text.charAt(i) == '[' || text.charAt(i) == '"')) {
        char close = text.charAt(i) == '[' ? ']' : '"';
        i++;
        while (true) {
          if (i >= n) {
            return null; // unclosed
          }
          char c = text.charAt(i++);
          if (c == close) {
            if (i < n && text.charAt(i) == close) {
              current.append(close);
              i++;
            } else {
              break;
            }
          } else {
            current.append(c);
          }
        }
        if (i < n && text.charAt(i) != '.') {
          return null; // text after the closing quote
        }
      } else {
        while (i < n && text.charAt(i) != '.') {
          current.append(text.charAt(i++));
        }
      }
      parts.add(current.toString());
      current.setLength(0);
      if (parts.size() > 4) {
        return null;
      }
      if (i >= n) {
        return parts;
      }
      i++; // the dot
    }
  }
}
