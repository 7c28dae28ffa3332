package dev.quern.engine.bulk;

import dev.quern.engine.error.BulkLoadErrors;
import dev.quern.engine.parser.BulkTerminators;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a non-XML format file ("Non-XML Format Files (SQL Server)"): a version line, the number of
 * fields, then one line per field, {@code order hostType prefixLength length "terminator"
 * serverOrder serverName [collation]}, where server column order 0 skips the field. Each mistake
 * has its error: 4820 (version), 4821/4822 (count), 4823 (field order), 4824 (host type), 4825
 * (prefix), 4826 (length), 4827 (terminator), 4828 (server column), 4829 (server name), 4882 (a
 * field nothing ends), and 4862 for a file that ends early.
 */
final class BulkFormatText {
  /** bcp's oldest format (SQL Server 6.0) and a bound well past today's (14.0). */
  private static final BigDecimal OLDEST = new BigDecimal("6.0");
  private static final BigDecimal NEWEST = new BigDecimal("99");
  /** More fields than SQL Server's widest table (wide tables: 30,000 columns) is not a format file. */
  private static final int MAX_FIELDS = 30_000;

  private final String path;

  private BulkFormatText(String path) {
    this.path = path;
  }

  static BulkFormat parse(String text, String path) {
    return new BulkFormatText(path).parse(text.lines().filter(l -> !l.isBlank()).toList());
  }

  private BulkFormat parse(List<String> lines) {
    if (lines.isEmpty() || !version(lines.getFirst().strip())) {
      throw BulkLoadErrors.FORMAT_VERSION.raise(path);
    }
    if (lines.size() < 2) {
      throw BulkLoadErrors.FORMAT_COUNT_UNREADABLE.raise(path);
    }
    int count = count(lines.get(1).strip());
    List<BulkFormat.HostField> fields = new ArrayList<>();
    List<BulkFormat.Target> targets = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      if (lines.size() < i + 2) {
        throw BulkLoadErrors.FILE_INCOMPLETE.raise(path, "(null)");
      }
      field(tokens(lines.get(i + 1), i), i, fields, targets);
    }
    return new BulkFormat(fields, targets);
  }

  private static boolean version(String line) {
    try {
      BigDecimal v = new BigDecimal(line);
      return v.compareTo(OLDEST) >= 0 && v.compareTo(NEWEST) <= 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private int count(String line) {
    int n;
    try {
      n = Integer.parseInt(line);
    } catch (NumberFormatException e) {
      throw BulkLoadErrors.FORMAT_COUNT_UNREADABLE.raise(path);
    }
    if (n < 1 || n > MAX_FIELDS) {
      throw BulkLoadErrors.FORMAT_COUNT.raise(path);
    }
    return n;
  }

  private void field(List<String> t, int n, List<BulkFormat.HostField> fields, List<BulkFormat.Target> targets) {
    if (t.size() < 6) {
      throw BulkLoadErrors.FILE_INCOMPLETE.raise(path, "(null)");
    }
    if (number(t.get(0)) != n) {
      throw BulkLoadErrors.FORMAT_FIELD_NUMBER.raise(path);
    }
    String type = t.get(1).toUpperCase(Locale.ROOT);
    if (!BulkFormat.HOST_TYPES.contains(type)) {
      throw BulkLoadErrors.FORMAT_DATA_TYPE.raise(n, path);
    }
    int prefix = number(t.get(2));
    if (prefix != 0 && prefix != 1 && prefix != 2 && prefix != 4 && prefix != 8) {
      throw BulkLoadErrors.FORMAT_PREFIX.raise(n, path);
    }
    int length = number(t.get(3));
    if (length < 0) {
      throw BulkLoadErrors.FORMAT_LENGTH.raise(n, path);
    }
    if (!t.get(4).startsWith("\"")) {
      throw BulkLoadErrors.FORMAT_TERMINATOR.raise(n, path);
    }
    String terminator = BulkTerminators.unescape(t.get(4).substring(1));
    if (prefix == 0 && length == 0 && terminator.isEmpty()) {
      throw BulkLoadErrors.FORMAT_FIELD_UNBOUNDED.raise(n, path);
    }
    int column = number(t.get(5));
    if (column < 0) {
      throw BulkLoadErrors.FORMAT_SERVER_COLUMN.raise(n, path);
    }
    if (t.size() < 7) {
      throw BulkLoadErrors.FORMAT_SERVER_NAME.raise(n, path);
    }
    String name = t.get(6);
    fields.add(new BulkFormat.HostField(type, prefix, terminator.isEmpty() ? length : 0, terminator));
    if (column > 0) {
      targets.add(new BulkFormat.Target(n - 1, column, name.startsWith("\"") ? name.substring(1) : name,
          BulkFormat.characterType(type, length)));
    }
  }

  /** A whole number, or -1. */
  private static int number(String s) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /**
   * A field line split at blanks; a quoted token (the terminator, a quoted name or collation) is
   * kept with its opening quote to tell it from a bare word, its closing quote dropped and {@code
   * \"} read as a quote. A quote that never closes is 4827.
   */
  private List<String> tokens(String line, int n) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < line.length()) {
      char c = line.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      StringBuilder token = new StringBuilder();
      if (c == '"') {
        token.append('"');
        i++;
        while (i < line.length() && line.charAt(i) != '"') {
          if (line.charAt(i) == '\\' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
            i++;
          }
          token.append(line.charAt(i++));
        }
        if (i >= line.length()) {
          throw BulkLoadErrors.FORMAT_TERMINATOR.raise(n, path);
        }
        i++;
      } else {
        while (i < line.length() && !Character.isWhitespace(line.charAt(i))) {
          token.append(line.charAt(i++));
        }
      }
      out.add(token.toString());
    }
    return out;
  }
}
