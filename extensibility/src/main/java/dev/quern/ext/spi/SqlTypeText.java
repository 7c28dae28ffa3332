package dev.quern.ext.spi;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.TypeId;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SQL types as T-SQL text ({@code nvarchar(max)}, {@code decimal(18,4)}, {@code datetime2(7)}),
 * the form runtimes exchange with their satellites.
 */
public final class SqlTypeText {
  private static final Pattern TYPE =
      Pattern.compile("\\s*([a-z0-9_]+)\\s*(?:\\(\\s*(max|\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\))?\\s*");

  private SqlTypeText() {}

  public static String format(SqlType t) {
    String name = t.id().name().toLowerCase(Locale.ROOT);
    return switch (t.id()) {
      case CHAR, VARCHAR, NCHAR, NVARCHAR, BINARY, VARBINARY ->
          name + "(" + (t.isMax() ? "max" : Integer.toString(t.length())) + ")";
      case DECIMAL, NUMERIC -> name + "(" + t.precision() + "," + t.scale() + ")";
      case TIME, DATETIME2, DATETIMEOFFSET -> name + "(" + t.scale() + ")";
      default -> name;
    };
  }

  /** Parses the text back; throws {@link IllegalArgumentException} for an unknown type. */
  public static SqlType parse(String text) {
    Matcher m = TYPE.matcher(text.toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException("not a SQL type: " + text);
    }
    TypeId id = TypeId.valueOf(m.group(1).toUpperCase(Locale.ROOT));
    String a = m.group(2);
    String b = m.group(3);
    return switch (id) {
      case CHAR, VARCHAR, NCHAR, NVARCHAR, BINARY, VARBINARY ->
          SqlType.ofLength(id, a == null ? 1 : "max".equals(a) ? SqlType.MAX : Integer.parseInt(a));
      case DECIMAL, NUMERIC ->
          new SqlType(
              id, 0, a == null ? 18 : Integer.parseInt(a), b == null ? 0 : Integer.parseInt(b));
      case TIME, DATETIME2, DATETIMEOFFSET -> SqlType.withScale(id, a == null ? 7 : Integer.parseInt(a));
      default -> SqlType.of(id);
    };
  }
}
