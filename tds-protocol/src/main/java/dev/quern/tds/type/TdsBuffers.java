package dev.quern.tds.type;

import dev.quern.tds.TdsProtocolException;
import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;

/**
 * Bounds-checked reads of TDS primitives (B_VARCHAR, US_VARCHAR) for the type and row codecs.
 *
 * <p>Truncation policy: every read checks {@code readableBytes()} first and throws {@link
 * TdsTruncatedException} (a {@link TdsProtocolException}) when the input ends early; no decoder
 * lets an {@link IndexOutOfBoundsException} escape or allocates from a length it has not checked
 * against both a named limit and the bytes actually present. Type and value decoders propagate
 * it; token decoders turn it into "need more" (null, reader index restored).
 */
public final class TdsBuffers {
  private TdsBuffers() {}

  /** Ensures {@code n} bytes are readable. */
  public static void need(ByteBuf in, long n, String what) {
    if (n < 0 || in.readableBytes() < n) {
      throw new TdsTruncatedException(
          "Truncated " + what + ": need " + n + " bytes, have " + in.readableBytes());
    }
  }

  public static int readUnsignedByte(ByteBuf in, String what) {
    need(in, 1, what);
    return in.readUnsignedByte();
  }

  public static int readUnsignedShortLE(ByteBuf in, String what) {
    need(in, 2, what);
    return in.readUnsignedShortLE();
  }

  public static int readIntLE(ByteBuf in, String what) {
    need(in, 4, what);
    return in.readIntLE();
  }

  public static long readLongLE(ByteBuf in, String what) {
    need(in, 8, what);
    return in.readLongLE();
  }

  /** B_VARCHAR: a 1-byte character count and UTF-16LE text. */
  public static String readBVarchar(ByteBuf in, String what) {
    int chars = readUnsignedByte(in, what);
    return readUtf16(in, chars * 2, what);
  }

  /** US_VARCHAR: a 2-byte character count and UTF-16LE text. */
  public static String readUsVarchar(ByteBuf in, String what) {
    int chars = readUnsignedShortLE(in, what);
    return readUtf16(in, chars * 2, what);
  }

  public static void writeBVarchar(ByteBuf out, String s) {
    if (s.length() > 0xFF) {
      throw new IllegalArgumentException("B_VARCHAR longer than 255 characters: " + s.length());
    }
    out.writeByte(s.length());
    out.writeCharSequence(s, StandardCharsets.UTF_16LE);
  }

  public static void writeUsVarchar(ByteBuf out, String s) {
    if (s.length() > 0xFFFF) {
      throw new IllegalArgumentException("US_VARCHAR longer than 65535 characters: " + s.length());
    }
    out.writeShortLE(s.length());
    out.writeCharSequence(s, StandardCharsets.UTF_16LE);
  }

  static String readUtf16(ByteBuf in, int bytes, String what) {
    need(in, bytes, what);
    return in.readCharSequence(bytes, StandardCharsets.UTF_16LE).toString();
  }

  static byte[] readBytes(ByteBuf in, int n, String what) {
    need(in, n, what);
    byte[] b = new byte[n];
    in.readBytes(b);
    return b;
  }
}
