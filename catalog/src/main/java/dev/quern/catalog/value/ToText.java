package dev.quern.catalog.value;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.temporal.Temporal;
import java.util.Locale;
import java.util.UUID;

/**
 * Conversions to char, varchar, nchar, nvarchar, text, ntext and xml: the text of the value, then
 * fitted to the target length (silently cut for strings and dates; {@code *} or 8115 for numbers
 * that do not fit), padded with spaces for char/nchar.
 */
final class ToText {
  /** The code page of SQL_Latin1_General_CP1_CI_AS, used for varchar. */
  static final Charset CP1252 = Charset.forName("windows-1252");

  private ToText() {}

  static Object convert(Object v, SqlType from, SqlType to, int style) {
    String text = text(v, from, to, style);
    if (!SqlTypes.isUnicode(to.id()) && SqlTypes.isUnicode(from.id())) {
      // Characters outside code page 1252 become '?', as SQL Server stores them in varchar.
      text = new String(text.getBytes(CP1252), CP1252);
    }
    return fit(text, v, from, to);
  }

  /** The text of a non-null value in its own type, with the CONVERT style (or NO_STYLE). */
  static String text(Object v, SqlType from, SqlType to, int style) {
    return switch (v) {
      case String s -> s;
      case Integer i -> Integer.toString(i);
      case Long l -> Long.toString(l);
      case Boolean b -> b ? "1" : "0";
      case BigDecimal d when SqlTypes.isMoney(from.id()) -> money(d, style, from);
      case BigDecimal d -> atTypeScale(d, from).toPlainString();
      case Double d -> FloatText.format(d, floatStyle(style, from));
      case Float f ->
          FloatText.format(Double.parseDouble(Float.toString(f)), floatStyle(style, from));
      case byte[] b -> binary(b, to, style, from);
      case UUID u -> u.toString().toUpperCase(Locale.ROOT);
      case Temporal t -> DateTimeText.format(t, from, style);
      default -> throw ValueErrors.explicitNotAllowed(from.id(), to.id());
    };
  }

  /** A decimal shows its type's scale: 1.5 in decimal(10,2) is '1.50'. */
  private static BigDecimal atTypeScale(BigDecimal d, SqlType from) {
    boolean typed = SqlTypes.isDecimal(from.id()) && from.precision() > 0;
    return typed && d.scale() != from.scale() ? Numbers.round(d, from.scale()) : d;
  }

  private static int floatStyle(int style, SqlType from) {
    return switch (style) {
      case Conversions.NO_STYLE, 0 -> 0;
      case 1, 2, 3 -> style;
      default -> throw ValueErrors.badStyleToString(style, from.id());
    };
  }

  /** Style 0: two decimals; 1: two decimals with thousands commas; 2 and 126: four decimals. */
  private static String money(BigDecimal d, int style, SqlType from) {
    return switch (style) {
      case Conversions.NO_STYLE, 0 -> d.setScale(2, RoundingMode.HALF_UP).toPlainString();
      case 1 -> withCommas(d.setScale(2, RoundingMode.HALF_UP).toPlainString());
      case 2, 126 -> d.setScale(4, RoundingMode.HALF_UP).toPlainString();
      default -> throw ValueErrors.badStyleToString(style, from.id());
    };
  }

  private static String withCommas(String plain) {
    boolean negative = plain.startsWith("-");
    String p = negative ? plain.substring(1) : plain;
    int dot = p.indexOf('.');
    String whole = p.substring(0, dot);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        sb.append(',');
      }
      sb.append(whole.charAt(i));
    }
    return (negative ? "-" : "") + sb + p.substring(dot);
  }

  /** Style 0: the bytes as characters; 1: 0x-prefixed hex; 2: hex. */
  private static String binary(byte[] b, SqlType to, int style, SqlType from) {
    return switch (style) {
      case Conversions.NO_STYLE, 0 ->
          SqlTypes.isUnicode(to.id())
              ? new String(b, 0, b.length & ~1, StandardCharsets.UTF_16LE)
              : new String(b, CP1252);
      case 1 -> "0x" + Bytes.hex(b);
      case 2 -> Bytes.hex(b);
      default -> throw ValueErrors.unsupportedStyle(style, from.id(), to.id());
    };
  }

  /** Cuts or pads text to the target length; 8115-style errors for numbers that do not fit. */
  static String fit(String text, Object v, SqlType from, SqlType to) {
    if (to.isMax() || to.length() <= 0 || !fixedOrLimited(to.id())) {
      return text;
    }
    int n = to.length();
    if (text.length() > n) {
      text = tooLong(text, v, from, to);
    }
    if (to.id() == TypeId.CHAR || to.id() == TypeId.NCHAR) {
      return text + " ".repeat(n - text.length());
    }
    return text;
  }

  private static boolean fixedOrLimited(TypeId id) {
    return id == TypeId.CHAR || id == TypeId.VARCHAR || id == TypeId.NCHAR || id == TypeId.NVARCHAR;
  }

  private static String tooLong(String text, Object v, SqlType from, SqlType to) {
    TypeId f = from.id();
    boolean unicode = SqlTypes.isUnicode(to.id());
    if (SqlTypes.isInteger(f) || f == TypeId.BIT || SqlTypes.isApproximate(f)) {
      // SQL Server writes '*' into a too-short char/varchar, but refuses for nchar/nvarchar.
      if (unicode) {
        throw ValueErrors.expressionOverflow(to.id());
      }
      return "*";
    }
    if (SqlTypes.isDecimal(f)) {
      throw ValueErrors.overflowConverting("numeric", SqlTypes.name(to.id()));
    }
    if (SqlTypes.isMoney(f)) {
      throw ValueErrors.expressionOverflow(to.id());
    }
    if (f == TypeId.UNIQUEIDENTIFIER) {
      throw ValueErrors.guidResultSpace();
    }
    return text.substring(0, to.length());
  }
}
