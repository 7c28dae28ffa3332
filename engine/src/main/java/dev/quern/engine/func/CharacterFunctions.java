package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import java.nio.charset.Charset;
import java.util.List;

/**
 * CHAR, NCHAR, ASCII and UNICODE: between characters and their codes (code page 1252 for varchar).
 */
final class CharacterFunctions {
  private static final Charset CP1252 = Charset.forName("windows-1252");

  private CharacterFunctions() {}

  static List<ScalarFunction> all() {
    return List.of(new Char(), new NChar(), new Ascii(), new Unicode());
  }

  /** CHAR(n): the code page 1252 character, NULL outside 0–255. */
  static final class Char extends BuiltinFunction {
    Char() {
      super("CHAR", 1, 1);
    }

    @Override
    SqlType resultType(List<SqlType> t) {
      return SqlType.ofLength(TypeId.CHAR, 1);
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      long n = a.bigint(0);
      return n < 0 || n > 255 ? null : new String(new byte[] {(byte) n}, CP1252);
    }
  }

  /**
   * NCHAR(n): the UTF-16 character, NULL outside 0–65535 (the default collation has no
   * supplementary-character support, so SQL Server returns NULL above the BMP).
   */
  static final class NChar extends BuiltinFunction {
    NChar() {
      super("NCHAR", 1, 1);
    }

    @Override
    SqlType resultType(List<SqlType> t) {
      return SqlType.ofLength(TypeId.NCHAR, 1);
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      long n = a.bigint(0);
      return n < 0 || n > Character.MAX_VALUE ? null : String.valueOf((char) n);
    }
  }

  /** ASCII(s): the code page 1252 code of the first character, NULL for ''. */
  static final class Ascii extends BuiltinFunction {
    Ascii() {
      super("ASCII", 1, 1);
    }

    @Override
    SqlType resultType(List<SqlType> t) {
      return SqlTypes.INT;
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      String s = a.string(0);
      if (s.isEmpty()) {
        return null;
      }
      return String.valueOf(s.charAt(0)).getBytes(CP1252)[0] & 0xFF;
    }
  }

  /**
   * UNICODE(s): the UTF-16 code of the first character, NULL for ''. Under the default collation
   * (no supplementary-character support) a character above the BMP gives its high surrogate
   * (55357 for U+1F600), as in SQL Server; only _SC collations give the whole code point.
   */
  static final class Unicode extends BuiltinFunction {
    Unicode() {
      super("UNICODE", 1, 1);
    }

    @Override
    SqlType resultType(List<SqlType> t) {
      return SqlTypes.INT;
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      String s = a.string(0);
      return s.isEmpty() ? null : (int) s.charAt(0);
    }
  }
}
