package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import java.util.List;

/**
 * What each argument of a REGEXP_* function accepts (8116 otherwise), as SQL Server 2025 checks
 * them: the source any char/varchar/nchar/nvarchar, max included; the pattern the same but not
 * max; the flags char or varchar only (not Unicode, not max); start, occurrence, return option and
 * group integers or strings read as int. Also the position arithmetic the functions share.
 */
public final class RegexArguments {
  /** The role of one argument position. */
  public enum Role {
    SOURCE,
    PATTERN,
    REPLACEMENT,
    FLAGS,
    NUMBER
  }

  private RegexArguments() {}

  /** 8116 for the first argument whose type its role does not take. */
  public static void check(String function, List<SqlType> types, List<Role> roles) {
    for (int i = 0; i < types.size(); i++) {
      if (!accepts(roles.get(i), types.get(i))) {
        throw Arity.invalidType(function, types.get(i), i + 1);
      }
    }
  }

  private static boolean accepts(Role role, SqlType t) {
    TypeId id = t.id();
    boolean text = id == TypeId.CHAR || id == TypeId.VARCHAR || id == TypeId.NCHAR || id == TypeId.NVARCHAR;
    return switch (role) {
      case SOURCE, REPLACEMENT -> text;
      case PATTERN -> text && !t.isMax();
      case FLAGS -> (id == TypeId.CHAR || id == TypeId.VARCHAR) && !t.isMax();
      case NUMBER -> SqlTypes.isInteger(id) || text && !t.isMax();
    };
  }

  /**
   * The UTF-16 index where a search from code point {@code start} (1-based) begins, or -1 when
   * {@code start} lies past the text (an empty text still has its position 1).
   */
  static int startIndex(String text, int start) {
    int codePoints = text.codePointCount(0, text.length());
    if (start > Math.max(codePoints, 1)) {
      return -1;
    }
    return text.offsetByCodePoints(0, Math.min(start - 1, codePoints));
  }

  /** The 1-based code point position of UTF-16 index {@code index}. */
  static int codePointPosition(String text, int index) {
    return text.codePointCount(0, index) + 1;
  }

  /** 19301 when {@code value} is below {@code minimum}. */
  static void atLeast(long value, int minimum, String argument, String function, int state) {
    if (value < minimum) {
      throw RegexErrors.belowMinimum(argument, minimum, value, function, state);
    }
  }
}
