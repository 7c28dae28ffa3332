package dev.quern.tds.type;

import io.netty.buffer.ByteBuf;

/**
 * Reads and writes one value of a TYPE_INFO (TYPE_VARBYTE) [MS-TDS §2.2.5.2.3, §2.2.5.5].
 */
public final class TdsValueCodec {
  private TdsValueCodec() {}

  /** Reads one value in its ROW form; returns null for NULL. */
  public static Object decode(ByteBuf in, TypeInfo type, int tdsVersion) {
    throw new UnsupportedOperationException("not yet");
  }

  /** Writes one value in its ROW form, including its length prefix; null writes the NULL form. */
  public static void encode(ByteBuf out, TypeInfo type, Object value, int tdsVersion) {
    throw new UnsupportedOperationException("not yet");
  }

  /**
   * Reads one RPC parameter value; differs from the ROW form only for text/ntext/image, which
   * parameters carry without the text pointer.
   */
  public static Object decodeParameter(ByteBuf in, TypeInfo type, int tdsVersion) {
    throw new UnsupportedOperationException("not yet");
  }

  /** Writes one parameter/RETURNVALUE value (text/ntext/image without the text pointer). */
  public static void encodeParameter(ByteBuf out, TypeInfo type, Object value, int tdsVersion) {
    throw new UnsupportedOperationException("not yet");
  }

  /** The size of the NULL form of a type in a ROW (what NBCROW saves per null column). */
  public static int nullSize(TypeInfo type) {
    throw new UnsupportedOperationException("not yet");
  }
}
