package dev.quern.server.bulk;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code INSERT BULK table (col type [COLLATE c], …) [WITH (option [= value], …)]}, as
 * mssql-jdbc, FreeTDS (freebcp) and SqlClient send it before a BULK_LOAD message. Names are kept as
 * written (brackets and all) to be spliced into the engine's INSERT; only the statement's shape
 * is parsed here, the engine judges the names and types.
 */
public record InsertBulkStatement(String table, List<Column> columns, Set<String> options) {
  /** One target column: its name as written, its type without any COLLATE clause. */
  public record Column(String name, String type) {}

  /** The statement {@code sql} is, or null when it is not an INSERT BULK. */
  public static InsertBulkStatement parse(String sql) {
    Scanner s = new Scanner(sql);
    if (!s.keyword("INSERT") || !s.keyword("BULK")) {
      return null;
    }
    String table = s.name();
    if (table == null || !s.symbol('(')) {
      throw new IllegalArgumentException("INSERT BULK needs a table name and a column list");
    }
    List<Column> columns = new ArrayList<>();
    do {
      String name = s.namePart();
      String type = s.typeUntilComma();
      if (name == null || type.isEmpty()) {
        throw new IllegalArgumentException("INSERT BULK column " + (columns.size() + 1)
            + " needs a name and a type");
      }
      columns.add(new Column(name, withoutCollate(type)));
    } while (s.symbol(','));
    if (!s.symbol(')')) {
      throw new IllegalArgumentException("INSERT BULK column list is not closed");
    }
    Set<String> options = new TreeSet<>();
    if (s.keyword("WITH")) {
      if (!s.symbol('(')) {
        throw new IllegalArgumentException("INSERT BULK WITH needs a parenthesized option list");
      }
      do {
        String option = s.word();
        if (option == null) {
          throw new IllegalArgumentException("INSERT BULK option expected");
        }
        options.add(option.toUpperCase(Locale.ROOT));
        if (s.symbol('=')) {
          s.typeUntilComma(); // ROWS_PER_BATCH = n, KILOBYTES_PER_BATCH = n, ORDER(…): hints
        }
      } while (s.symbol(','));
      if (!s.symbol(')')) {
        throw new IllegalArgumentException("INSERT BULK option list is not closed");
      }
    }
    s.skipSpace();
    if (!s.atEnd()) {
      throw new IllegalArgumentException("Unexpected text after INSERT BULK: " + s.rest());
    }
    return new InsertBulkStatement(table, List.copyOf(columns), Set.copyOf(options));
  }

  private static String withoutCollate(String type) {
    int at = type.toUpperCase(Locale.ROOT).indexOf(" COLLATE ");
    return (at < 0 ? type : type.substring(0, at)).strip();
  }

  /** A cursor over the statement text that knows T-SQL's quoting of names. */
  private static final class Scanner {
    private final String text;
    private int pos;

    Scanner(String text) {
      this.text = text;
    }

    boolean atEnd() {
      return pos >= text.length();
    }

    String rest() {
      return text.substring(pos);
    }

    void skipSpace() {
      while (pos < text.length()) {
        char c = text.charAt(pos);
        if (Character.isWhitespace(c)) {
          pos++;
        } else if (text.startsWith("--", pos)) {
          int nl = text.indexOf('\n', pos);
          pos = nl < 0 ? text.length() : nl + 1;
        } else if (text.startsWith("/*", pos)) {
          int end = text.indexOf("*/", pos + 2);
          pos = end < 0 ? text.length() : end + 2;
        } else {
          return;
        }
      }
    }

    boolean keyword(String k) {
      skipSpace();
      int end = pos + k.length();
      if (text.regionMatches(true, pos, k, 0, k.length())
          && (end == text.length() || !isWordChar(text.charAt(end)))) {
        pos = end;
        return true;
      }
      return false;
    }

    boolean symbol(char c) {
      skipSpace();
      if (pos < text.length() && text.charAt(pos) == c) {
        pos++;
        return true;
      }
      return false;
    }

    String word() {
      skipSpace();
      int start = pos;
      while (pos < text.length() && isWordChar(text.charAt(pos))) {
        pos++;
      }
      return pos > start ? text.substring(start, pos) : null;
    }

    /** A multi-part name: parts separated by dots, each bare, [bracketed] or "quoted". */
    String name() {
      StringBuilder name = new StringBuilder();
      do {
        String part = namePart();
        if (part == null) {
          return null;
        }
        name.append(name.isEmpty() ? "" : ".").append(part);
      } while (pos < text.length() && text.charAt(pos) == '.' && ++pos > 0);
      return name.toString();
    }

    String namePart() {
      skipSpace();
      if (pos >= text.length()) {
        return null;
      }
      char open = text.charAt(pos);
      if (open == '[' || open == '"') {
        char close = open == '[' ? ']' : '"';
        int start = pos++;
        while (pos < text.length()) {
          if (text.charAt(pos) == close) {
            if (pos + 1 < text.length() && text.charAt(pos + 1) == close) {
              pos += 2; // ]] inside brackets, "" inside quotes
              continue;
            }
            pos++;
            return text.substring(start, pos);
          }
          pos++;
        }
        throw new IllegalArgumentException("Unclosed " + open + " in INSERT BULK");
      }
      return word();
    }

    /** Text up to the next comma or closing parenthesis outside parentheses. */
    String typeUntilComma() {
      skipSpace();
      int start = pos;
      int depth = 0;
      while (pos < text.length()) {
        char c = text.charAt(pos);
        if (c == '(') {
          depth++;
        } else if (c == ')') {
          if (depth == 0) {
            break;
          }
          depth--;
        } else if (c == ',' && depth == 0) {
          break;
        } else if (c == '[' || c == '"') {
          namePart();
          continue;
        }
        pos++;
      }
      return text.substring(start, pos).strip();
    }

    private static boolean isWordChar(char c) {
      return Character.isLetterOrDigit(c) || c == '_' || c == '#' || c == '@' || c == '$';
    }
  }
}
