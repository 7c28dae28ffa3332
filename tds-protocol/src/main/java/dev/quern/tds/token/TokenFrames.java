package dev.quern.tds.token;

import dev.quern.tds.TdsProtocolException;
import io.netty.buffer.ByteBuf;

/** Framing shared by the tokens whose body follows a USHORT length [MS-TDS §2.2.7]. */
final class TokenFrames {
  private TokenFrames() {}

  /**
   * Consumes {@code type}, the USHORT length and the body, returning the body; or returns null
   * (reader index unchanged) when the whole token is not yet readable.
   */
  static ByteBuf lengthPrefixed(ByteBuf in, int type) {
    if (in.readableBytes() < 3) {
      return null;
    }
    int at = in.readerIndex();
    expectType(in.getUnsignedByte(at), type);
    int length = in.getUnsignedShortLE(at + 1);
    if (in.readableBytes() < 3 + length) {
      return null;
    }
    in.skipBytes(3);
    return in.readSlice(length);
  }

  static void expectType(int actual, int expected) {
    if (actual != expected) {
      throw new TdsProtocolException(
          "Expected token 0x" + Integer.toHexString(expected) + ", got 0x"
              + Integer.toHexString(actual));
    }
  }

  /** Writes {@code type} and a USHORT length placeholder; returns where to patch the length. */
  static int begin(ByteBuf out, int type) {
    out.writeByte(type);
    int at = out.writerIndex();
    out.writeShortLE(0);
    return at;
  }

  /** Patches the length written by {@link #begin}. */
  static void end(ByteBuf out, int lengthAt) {
    int length = out.writerIndex() - lengthAt - 2;
    if (length > 0xFFFF) {
      throw new IllegalArgumentException("Token body of " + length + " bytes exceeds USHORT");
    }
    out.setShortLE(lengthAt, length);
  }

  /** The body must have been read to its end: leftover bytes mean a malformed token. */
  static void expectConsumed(ByteBuf body, String what) {
    if (body.isReadable()) {
      throw new TdsProtocolException(what + " has " + body.readableBytes() + " extra bytes");
    }
  }
}
