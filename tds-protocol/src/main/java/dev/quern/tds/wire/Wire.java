package dev.quern.tds.wire;

import dev.quern.tds.TdsProtocolException;
import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;

/**
 * Reads and writes the TDS string and byte primitives [MS-TDS §2.2.5.1.3]: UCS-2 (UTF-16LE)
 * character data, B_VARCHAR (BYTE char count), US_VARCHAR (USHORT char count) and B_VARBYTE (BYTE
 * byte count).
 */
public final class Wire {
  private Wire() {}

  /** Fails with a protocol error unless {@code n} bytes are readable. */
  public static void require(ByteBuf in, int n, String what) {
    if (n < 0 || in.readableBytes() < n) {
      throw new TdsProtocolException(
          "Truncated " + what + ": need " + n + " bytes, have " + in.readableBytes());
    }
  }

  /** Reads {@code chars} UTF-16LE characters. */
  public static String readUcs2(ByteBuf in, int chars, String what) {
    require(in, chars * 2, what);
    String s = in.toString(in.readerIndex(), chars * 2, StandardCharsets.UTF_16LE);
    in.skipBytes(chars * 2);
    return s;
  }

  /** Writes {@code s} as UTF-16LE without a length. */
  public static void writeUcs2(ByteBuf out, String s) {
    for (int i = 0; i < s.length(); i++) {
      out.writeShortLE(s.charAt(i));
    }
  }

  public static String readBVarchar(ByteBuf in, String what) {
    require(in, 1, what);
    return readUcs2(in, in.readUnsignedByte(), what);
  }

  public static void writeBVarchar(ByteBuf out, String s) {
    checkLength(s.length(), WireLimits.MAX_B_VARCHAR_CHARS, "B_VARCHAR");
    out.writeByte(s.length());
    writeUcs2(out, s);
  }

  public static String readUsVarchar(ByteBuf in, String what) {
    require(in, 2, what);
    return readUcs2(in, in.readUnsignedShortLE(), what);
  }

  public static void writeUsVarchar(ByteBuf out, String s) {
    checkLength(s.length(), WireLimits.MAX_US_VARCHAR_CHARS, "US_VARCHAR");
    out.writeShortLE(s.length());
    writeUcs2(out, s);
  }

  public static byte[] readBVarbyte(ByteBuf in, String what) {
    require(in, 1, what);
    int n = in.readUnsignedByte();
    return readBytes(in, n, what);
  }

  public static void writeBVarbyte(ByteBuf out, byte[] bytes) {
    checkLength(bytes.length, WireLimits.MAX_B_VARBYTE_BYTES, "B_VARBYTE");
    out.writeByte(bytes.length);
    out.writeBytes(bytes);
  }

  /** Reads exactly {@code n} bytes into a new array, after checking they are there. */
  public static byte[] readBytes(ByteBuf in, int n, String what) {
    require(in, n, what);
    byte[] bytes = new byte[n];
    in.readBytes(bytes);
    return bytes;
  }

  private static void checkLength(int length, int max, String what) {
    if (length > max) {
      throw new IllegalArgumentException(what + " too long: " + length + " > " + max);
    }
  }
}
