package dev.quern.catalog.value;

import dev.quern.catalog.type.TypeId;
import java.util.HexFormat;

/** Binary helpers: big-endian integers in the right-most bytes, hex text. */
final class Bytes {
  private static final HexFormat UPPER = HexFormat.of().withUpperCase();

  private Bytes() {}

  /** Width in bytes of an integer type's binary form. */
  static int width(TypeId id) {
    return switch (id) {
      case TINYINT, BIT -> 1;
      case SMALLINT -> 2;
      case INT -> 4;
      default -> 8;
    };
  }

  /**
   * The integer held by the right-most {@code width} bytes, big-endian; shorter input is padded on
   * the left with zeros. tinyint is unsigned, the others two's complement.
   */
  static long toLong(byte[] b, int width) {
    long v = 0;
    int start = Math.max(0, b.length - width);
    for (int i = start; i < b.length; i++) {
      v = (v << 8) | (b[i] & 0xFF);
    }
    if (width < 8 && width > 1) {
      int shift = 64 - width * 8;
      v = (v << shift) >> shift;
    }
    return v;
  }

  /** A value's {@code width} low-order bytes, big-endian. */
  static byte[] fromLong(long v, int width) {
    byte[] b = new byte[width];
    for (int i = width - 1; i >= 0; i--) {
      b[i] = (byte) v;
      v >>= 8;
    }
    return b;
  }

  static String hex(byte[] b) {
    return UPPER.formatHex(b);
  }

  /** Parses hex digits; an odd count gets a leading zero as in SQL Server's 0xABC. */
  static byte[] parseHex(String digits) {
    String d = digits.length() % 2 == 1 ? "0" + digits : digits;
    return HexFormat.of().parseHex(d);
  }
}
