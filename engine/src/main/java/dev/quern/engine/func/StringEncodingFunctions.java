package dev.quern.engine.func;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import dev.quern.engine.error.FunctionErrors;
import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.List;

/**
 * Text encodings of SQL Server 2025 and Azure SQL: BASE64_ENCODE(varbinary [, url_safe]),
 * BASE64_DECODE(varchar) and UNISTR(text [, escape]).
 */
final class StringEncodingFunctions {
  private StringEncodingFunctions() {}

  static List<ScalarFunction> all() {
    return List.of(new Base64Encode(), new Base64Decode(), new Unistr());
  }

  /**
   * BASE64_ENCODE: RFC 4648's alphabet with padding, or base64url without padding when url_safe is
   * non-zero; no line breaks. varchar(8000), varchar(max) for a max input or one longer than 6,000
   * bytes (whose encoding may pass 8,000).
   */
  static final class Base64Encode extends BuiltinFunction {
    Base64Encode() {
      super("BASE64_ENCODE", 1, 2);
    }

    @Override
    SqlType resultType(List<SqlType> t) {
      SqlType in = t.getFirst();
      if (in.id() != TypeId.VARBINARY && in.id() != TypeId.BINARY) {
        throw Arity.invalidType(name(), in, 1);
      }
      if (t.size() == 2 && !SqlTypes.isInteger(t.get(1).id()) && t.get(1).id() != TypeId.BIT) {
        throw Arity.invalidType(name(), t.get(1), 2);
      }
      boolean max = in.isMax() || in.length() > 6000;
      return SqlType.ofLength(TypeId.VARCHAR, max ? SqlType.MAX : 8000);
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      byte[] bytes = (byte[]) a.value(0);
      boolean urlSafe = a.size() == 2 && a.bigint(1) != 0;
      return urlSafe
          ? Base64.getUrlEncoder().withoutPadding().encodeToString(bytes)
          : Base64.getEncoder().encodeToString(bytes);
    }
  }

  /**
   * BASE64_DECODE: either alphabet, padding optional, blanks, tabs and line breaks skipped.
   * 9803 with SQL Server's states: 20 for a character outside both alphabets, 21 for a length no
   * encoding has, 23 for misplaced or excess padding. varbinary(8000), or max for a max input.
   */
  static final class Base64Decode extends BuiltinFunction {
    private static final String TYPE = "Base64Decode";

    Base64Decode() {
      super("BASE64_DECODE", 1, 1);
    }

    @Override
    SqlType resultType(List<SqlType> t) {
      SqlType in = t.getFirst();
      if (in.id() != TypeId.VARCHAR && in.id() != TypeId.CHAR) {
        throw Arity.invalidType(name(), in, 1);
      }
      return SqlType.ofLength(TypeId.VARBINARY, in.isMax() ? SqlType.MAX : 8000);
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      String text = a.string(0);
      StringBuilder digits = new StringBuilder(text.length());
      int padding = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
          continue;
        }
        if (c == '=') {
          padding++;
          continue;
        }
        int value = sextet(c);
        if (value < 0) {
          throw FunctionErrors.INVALID_DATA_FOR_TYPE.raiseWithState(20, TYPE);
        }
        if (padding > 0) { // data after padding
          throw FunctionErrors.INVALID_DATA_FOR_TYPE.raiseWithState(23, TYPE);
        }
        digits.append(c);
      }
      if (padding > 2) {
        throw FunctionErrors.INVALID_DATA_FOR_TYPE.raiseWithState(23, TYPE);
      }
      if (digits.length() % 4 == 1 || padding > 0 && (digits.length() + padding) % 4 != 0) {
        throw FunctionErrors.INVALID_DATA_FOR_TYPE.raiseWithState(21, TYPE);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream(digits.length() * 3 / 4);
      int bits = 0;
      int buffered = 0;
      for (int i = 0; i < digits.length(); i++) {
        bits = bits << 6 | sextet(digits.charAt(i));
        buffered += 6;
        if (buffered >= 8) {
          buffered -= 8;
          out.write(bits >> buffered & 0xFF);
        }
      }
      return out.toByteArray();
    }

    /** The 6-bit value of a digit of either alphabet; -1 for any other character. */
    private static int sextet(char c) {
      if (c >= 'A' && c <= 'Z') {
        return c - 'A';
      }
      if (c >= 'a' && c <= 'z') {
        return c - 'a' + 26;
      }
      if (c >= '0' && c <= '9') {
        return c - '0' + 52;
      }
      return switch (c) {
        case '+', '-' -> 62;
        case '/', '_' -> 63;
        default -> -1;
      };
    }
  }

  /**
   * UNISTR(text [, escape]): {@code \xxxx} (a UTF-16 code unit) and {@code \+xxxxxx} (a code
   * point) replaced by their characters, and a doubled escape by one escape. nvarchar of the
   * input's length. A malformed escape is 9803 (SQL Server's own error here is undocumented).
   */
  static final class Unistr extends BuiltinFunction {
    Unistr() {
      super("UNISTR", 1, 2);
    }

    @Override
    SqlType resultType(List<SqlType> t) {
      for (int i = 0; i < t.size(); i++) {
        if (!SqlTypes.isCharacter(t.get(i).id())) {
          throw Arity.invalidType(name(), t.get(i), i + 1);
        }
      }
      SqlType in = t.getFirst();
      return SqlType.ofLength(TypeId.NVARCHAR, TextTypes.isMax(in) ? SqlType.MAX : Math.min(4000, Math.max(1, in.length())));
    }

    @Override
    Object call(Arguments a, FunctionContext ctx) {
      String text = a.string(0);
      String escapeText = a.size() == 2 ? a.string(1) : "\\";
      if (escapeText.length() != 1) {
        throw FunctionErrors.INVALID_DATA_FOR_TYPE.raise(name().toLowerCase(java.util.Locale.ROOT));
      }
      char escape = escapeText.charAt(0);
      StringBuilder out = new StringBuilder(text.length());
      int i = 0;
      while (i < text.length()) {
        char c = text.charAt(i);
        if (c != escape) {
          out.append(c);
          i++;
        } else if (i + 1 < text.length() && text.charAt(i + 1) == escape) {
          out.append(escape);
          i += 2;
        } else if (i + 1 < text.length() && text.charAt(i + 1) == '+') {
          out.appendCodePoint(codePoint(text, i + 2, 6, Character.MAX_CODE_POINT));
          i += 8;
        } else {
          out.append((char) codePoint(text, i + 1, 4, 0xFFFF));
          i += 5;
        }
      }
      return out.toString();
    }

    private int codePoint(String text, int from, int digits, int highest) {
      if (from + digits > text.length()) {
        throw FunctionErrors.INVALID_DATA_FOR_TYPE.raise(name().toLowerCase(java.util.Locale.ROOT));
      }
      int value = 0;
      for (int k = from; k < from + digits; k++) {
        int d = Character.digit(text.charAt(k), 16);
        if (d < 0) {
          throw FunctionErrors.INVALID_DATA_FOR_TYPE.raise(name().toLowerCase(java.util.Locale.ROOT));
        }
        value = value * 16 + d;
      }
      if (value > highest) {
        throw FunctionErrors.INVALID_DATA_FOR_TYPE.raise(name().toLowerCase(java.util.Locale.ROOT));
      }
      return value;
    }
  }
}
