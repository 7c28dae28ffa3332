package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.value.SqlValueException;
import java.util.Locale;

/** The errors SQL Server raises when a built-in gets the wrong number or types of arguments. */
final class Arity {
  private Arity() {}

  /**
   * 174 (exact count) or 189 (a range), with the function name in lower case as SQL Server prints
   * it.
   */
  static void check(String name, int count, int min, int max) {
    if (count >= min && count <= max) {
      return;
    }
    String n = name.toLowerCase(Locale.ROOT);
    if (min == max) {
      throw SqlValueException.of(174, "The " + n + " function requires " + min + " argument(s).");
    }
    throw SqlValueException.of(
        189, "The " + n + " function requires " + min + " to " + max + " arguments.");
  }

  /** 8116: an argument type the function does not take (1-based position). */
  static SqlValueException invalidType(String name, SqlType type, int position) {
    return SqlValueException.of(
        8116,
        "Argument data type "
            + SqlTypes.name(type.id())
            + " is invalid for argument "
            + position
            + " of "
            + name.toLowerCase(Locale.ROOT)
            + " function.");
  }
}
