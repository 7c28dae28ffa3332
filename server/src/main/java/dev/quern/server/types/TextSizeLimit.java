package dev.quern.server.types;

import dev.quern.catalog.type.SqlType;
import java.util.Arrays;

/**
 * SET TEXTSIZE: the most bytes of a varchar(max), nvarchar(max), varbinary(max), text, ntext or
 * image value a SELECT returns to the client, as SQL Server cuts them ("SET TEXTSIZE"). tedious
 * sends it from its {@code textsize} option at login. Other types, xml included, are not cut.
 */
public final class TextSizeLimit {
  /** No limit: SET TEXTSIZE 2147483647, what drivers set and Quern's default. */
  public static final int NONE = Integer.MAX_VALUE;

  private TextSizeLimit() {}

  /** Whether TEXTSIZE cuts values of this type. */
  public static boolean applies(SqlType type) {
    return switch (type.id()) {
      case VARCHAR, NVARCHAR, VARBINARY -> type.isMax();
      case TEXT, NTEXT, IMAGE -> true;
      default -> false;
    };
  }

  /** The value cut to {@code limit} bytes if its type is one TEXTSIZE applies to. */
  public static Object cut(Object value, SqlType type, int limit) {
    if (limit == NONE || value == null || !applies(type)) {
      return value;
    }
    return switch (value) {
      // nvarchar/ntext: two bytes a character; varchar/text: the single-byte code pages of
      // Quern's char collations, one byte a character.
      case String s -> {
        int chars = type.id() == dev.quern.catalog.type.TypeId.NVARCHAR
                || type.id() == dev.quern.catalog.type.TypeId.NTEXT
            ? limit / 2
            : limit;
        yield s.length() > chars ? s.substring(0, chars) : s;
      }
      case byte[] b -> b.length > limit ? Arrays.copyOf(b, limit) : b;
      default -> value;
    };
  }
}
