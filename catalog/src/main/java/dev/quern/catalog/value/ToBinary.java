package dev.quern.catalog.value;

import dev.quern.catalog.type.SqlType;
import dev.quern.catalog.type.SqlTypes;
import dev.quern.catalog.type.TypeId;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.UUID;

/**
 * Conversions to binary, varbinary and image. Numbers become their big-endian bytes, right-aligned
 * (binary(n) pads on the left, a shorter target keeps the low-order bytes); strings and everything
 * else are left-aligned (padded with 0x00 on the right, cut on the right).
 */
final class ToBinary {
  private ToBinary() {}

  static Object convert(Object v, SqlType from, SqlType to, int style) {
    byte[] b =
        switch (v) {
          case byte[] bytes -> bytes;
          case String s -> fromString(s, from, to, style);
          case Integer i -> Bytes.fromLong(i, Bytes.width(from.id()));
          case Long l -> Bytes.fromLong(l, 8);
          case Boolean flag -> new byte[] {(byte) (flag ? 1 : 0)};
          case BigDecimal d when SqlTypes.isMoney(from.id()) ->
              Bytes.fromLong(
                  d.movePointRight(4).longValueExact(), from.id() == TypeId.MONEY ? 8 : 4);
          case BigDecimal d -> decimal(d, from);
          case Double d -> Bytes.fromLong(Double.doubleToLongBits(d), 8);
          case Float f -> Bytes.fromLong(Float.floatToIntBits(f), 4);
          case UUID u -> Guids.toBytes(u);
          case LocalDateTime t -> datetime(t, from.id());
          default -> throw ValueErrors.explicitNotAllowed(from.id(), to.id());
        };
    boolean rightAligned = SqlTypes.isNumeric(from.id());
    return fit(b, to, rightAligned);
  }

  private static byte[] fromString(String s, SqlType from, SqlType to, int style) {
    return switch (style) {
      case Conversions.NO_STYLE, 0 ->
          SqlTypes.isUnicode(from.id())
              ? s.getBytes(StandardCharsets.UTF_16LE)
              : s.getBytes(ToText.CP1252);
      case 1 -> hex(s, true, from, to);
      case 2 -> hex(s, false, from, to);
      default -> throw ValueErrors.unsupportedStyle(style, from.id(), to.id());
    };
  }

  private static byte[] hex(String s, boolean prefixed, SqlType from, SqlType to) {
    String digits = s;
    if (prefixed) {
      if (!(s.startsWith("0x") || s.startsWith("0X"))) {
        throw ValueErrors.errorConverting(from.id(), SqlTypes.name(to.id()));
      }
      digits = s.substring(2);
    }
    if (digits.length() % 2 != 0 || !digits.matches("[0-9A-Fa-f]*")) {
      throw ValueErrors.errorConverting(from.id(), SqlTypes.name(to.id()));
    }
    return Bytes.parseHex(digits);
  }

  /** Precision, scale, sign (1 = positive), then the magnitude little-endian. */
  private static byte[] decimal(BigDecimal d, SqlType from) {
    int precision = from.precision() == 0 ? Math.max(d.precision(), d.scale()) : from.precision();
    int size = SqlTypes.fixedByteSize(SqlType.decimal(precision, 0)) - 1;
    BigInteger m = d.unscaledValue().abs();
    byte[] out = new byte[3 + size];
    out[0] = (byte) precision;
    out[1] = (byte) d.scale();
    out[2] = (byte) (d.signum() < 0 ? 0 : 1);
    byte[] be = m.toByteArray();
    for (int i = 0; i < size && i < be.length; i++) {
      out[3 + i] = be[be.length - 1 - i];
    }
    return out;
  }

  /** datetime: days since 1900 then 1/300 s ticks; smalldatetime: days then minutes (2+2 bytes). */
  private static byte[] datetime(LocalDateTime t, TypeId id) {
    long days = ChronoUnit.DAYS.between(DateTimeValues.BASE_DATE, t.toLocalDate());
    long nanos = t.toLocalTime().toNanoOfDay();
    if (id == TypeId.SMALLDATETIME) {
      byte[] d = Bytes.fromLong(days, 2);
      byte[] m = Bytes.fromLong(nanos / 60_000_000_000L, 2);
      return new byte[] {d[0], d[1], m[0], m[1]};
    }
    byte[] d = Bytes.fromLong(days, 4);
    byte[] ticks = Bytes.fromLong((nanos * 3 + 5_000_000) / 10_000_000, 4);
    byte[] out = Arrays.copyOf(d, 8);
    System.arraycopy(ticks, 0, out, 4, 4);
    return out;
  }

  static byte[] fit(byte[] b, SqlType to, boolean rightAligned) {
    if (to.isMax() || to.id() == TypeId.IMAGE || to.length() <= 0) {
      return b;
    }
    int n = to.length();
    boolean fixed = to.id() == TypeId.BINARY;
    if (b.length > n) {
      return rightAligned ? Arrays.copyOfRange(b, b.length - n, b.length) : Arrays.copyOf(b, n);
    }
    if (!fixed || b.length == n) {
      return b;
    }
    if (!rightAligned) {
      return Arrays.copyOf(b, n);
    }
    byte[] out = new byte[n];
    System.arraycopy(b, 0, out, n - b.length, b.length);
    return out;
  }
}
