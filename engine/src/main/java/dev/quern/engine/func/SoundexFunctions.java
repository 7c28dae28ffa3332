package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import java.util.List;

/**
 * SOUNDEX and DIFFERENCE as SQL Server computes them from compatibility level 110 ("SOUNDEX
 * (Transact-SQL)", and its observed behaviour under the default Latin1 collation): the first
 * letter kept in upper case ({@code 0000} when the text does not start with a letter), then the
 * digit codes of the consonants up to the first non-letter, a code repeated by neighbours (the
 * first letter included) written once, zeros padded to four characters. Vowels, Y, lower-case h
 * and w and the accented Latin-1 letters separate equal codes; only upper-case H and W let the
 * codes either side merge, a quirk of SQL Server's implementation kept here.
 */
final class SoundexFunctions {
  private SoundexFunctions() {}

  static List<ScalarFunction> all() {
    return List.of(new Soundex(), new Difference());
  }

  /** Codes of A–Z: a digit, or '0' for the letters that separate. */
  private static final String CODES = "01230120022455012623010202";

  private static final int LENGTH = 4;

  static String soundex(String s) {
    if (s.isEmpty() || !isLetter(s.charAt(0))) {
      return "0000";
    }
    char first = s.charAt(0);
    StringBuilder out = new StringBuilder(LENGTH).append(Character.toUpperCase(first));
    char previous = code(first);
    for (int i = 1; i < s.length() && out.length() < LENGTH; i++) {
      char ch = s.charAt(i);
      if (!isLetter(ch)) {
        break; // the rest of the text is ignored
      }
      if (ch == 'H' || ch == 'W') {
        continue; // transparent: the codes either side count as neighbours
      }
      char c = code(ch);
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

  /** The letters of code page 1252 that SOUNDEX reads: A–Z, a–z and the Latin-1 letters. */
  private static boolean isLetter(char c) {
    return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= 0xC0 && c <= 0xFF && c != 0xD7 && c != 0xF7;
  }

  private static char code(char c) {
    char upper = c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
    return upper >= 'A' && upper <= 'Z' ? CODES.charAt(upper - 'A') : '0';
  }

  /** SOUNDEX(text): the four-character code, varchar(4). */
  private static final class Soundex extends BuiltinFunction {
    Soundex() {
      super("SOUNDEX", 1, 1);
    }

    @Override
    SqlType resultType(List<SqlType> types) {
      TypeId id = types.getFirst().id();
      if (id == TypeId.TEXT || id == TypeId.NTEXT || id == TypeId.XML || id == TypeId.SQL_VARIANT) {
        throw Arity.invalidType(name(), types.getFirst(), 1);
      }
      return SqlType.ofLength(TypeId.VARCHAR, LENGTH + 1); // SQL Server describes it as varchar(5)
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      return soundex(a.string(0));
    }
  }

  /**
   * DIFFERENCE(a, b): how many of the two SOUNDEX codes' four characters agree position by
   * position, 0 to 4 (SQL Server's exact scoring is undocumented and differs on some inputs).
   */
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
