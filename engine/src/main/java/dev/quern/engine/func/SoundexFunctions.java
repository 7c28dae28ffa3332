package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import java.util.List;

/**
 * SOUNDEX and DIFFERENCE with the American Soundex rules SQL Server applies from compatibility
 * level 110 ("SOUNDEX (Transact-SQL)"): the first letter kept in upper case, then the digit codes
 * of the consonants, a code repeated by neighbours (the first letter included, or across H and W)
 * written once, a vowel letting it repeat, zeros padded to four characters.
 */
final class SoundexFunctions {
  private SoundexFunctions() {}

  static List<ScalarFunction> all() {
    return List.of(new Soundex(), new Difference());
  }

  /** Codes of A–Z: a digit, '0' for the vowels and Y (which separate), '-' for H and W (which do not). */
  private static final String CODES = "0123012-02245501262301-202";

  private static final int LENGTH = 4;

  static String soundex(String s) {
    if (s.isEmpty()) {
      return "";
    }
    char first = Character.toUpperCase(s.charAt(0));
    StringBuilder out = new StringBuilder(LENGTH).append(first);
    char previous = code(first);
    for (int i = 1; i < s.length() && out.length() < LENGTH; i++) {
      char c = code(Character.toUpperCase(s.charAt(i)));
      if (c == '-') {
        continue; // H and W: the letters either side count as neighbours
      }
      if (c != '0' && c != previous) {
        out.append(c);
      }
      previous = c;
    }
    while (out.length() < LENGTH) {
      out.append('0');
    }
    return out.toString();
  }

  /** A letter's code; anything but A–Z separates like a vowel. */
  private static char code(char upper) {
    return upper >= 'A' && upper <= 'Z' ? CODES.charAt(upper - 'A') : '0';
  }

  /** SOUNDEX(text): the four-character code, varchar(4). */
  private static final class Soundex extends BuiltinFunction {
    Soundex() {
      super("SOUNDEX", 1, 1);
    }

    @Override
    SqlType resultType(List<SqlType> types) {
      return SqlType.ofLength(TypeId.VARCHAR, LENGTH);
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      return soundex(a.string(0));
    }
  }

  /** DIFFERENCE(a, b): how many of the two SOUNDEX codes' four characters agree, 0 to 4. */
  private static final class Difference extends BuiltinFunction {
    Difference() {
      super("DIFFERENCE", 2, 2);
    }

    @Override
    SqlType resultType(List<SqlType> types) {
      return SqlTypes.INT;
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      String x = soundex(a.string(0));
      String y = soundex(a.string(1));
      int same = 0;
      for (int i = 0; i < Math.min(x.length(), y.length()); i++) {
        if (x.charAt(i) == y.charAt(i)) {
          same++;
        }
      }
      return same;
    }
  }
}
