package dev.quern.catalog.value;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;

/**
 * Conversions to and from SQL Server 2025's json type ("json data type", Conversion): only the
 * character types meet it. char, varchar, nchar and nvarchar convert to json implicitly (the text
 * is parsed and kept canonical); json converts to them only with CAST or CONVERT, and to nothing
 * else. A json value that does not fit its target is 13639, never cut.
 */
final class JsonConversions {
  private JsonConversions() {}

  /** The conversion chart's cell for a pair with json on one side: I, E or N. */
  static char rule(TypeId from, TypeId to) {
    if (from == to) {
      return 'I';
    }
    if (to == TypeId.JSON) {
      return isCharacter(from) ? 'I' : 'N';
    }
    return isCharacter(to) ? 'E' : 'N';
  }

  private static boolean isCharacter(TypeId id) {
    return id == TypeId.CHAR || id == TypeId.VARCHAR || id == TypeId.NCHAR || id == TypeId.NVARCHAR;
  }

  /** A non-null character or json value as json. */
  static String toJson(Object value, SqlType from) {
    return from.id() == TypeId.JSON ? (String) value : JsonCanonical.canonical((String) value);
  }

  /** A non-null json value as char, varchar, nchar or nvarchar. */
  static String fromJson(String json, SqlType to) {
    if (!SqlTypes.isUnicode(to.id()) && !ToText.CP1252.newEncoder().canEncode(json)) {
      throw SqlValueException.of(
          13640,
          "Conversion of one or more characters from the JSON instance to target codepage 1252 will"
              + " result in data loss. Choose a different target collation or use nvarchar.");
    }
    if (!to.isMax() && to.length() > 0 && json.length() > to.length()) {
      throw SqlValueException.of(
          13639, "Target string size is too small to represent the JSON instance.");
    }
    return ToText.fit(json, json, SqlTypes.NVARCHAR_MAX, to);
  }
}
