package dev.quern.tds.type;

import dev.quern.tds.TdsProtocolException;
import io.netty.buffer.ByteBuf;

/**
 * text, ntext and image values [MS-TDS §2.2.5.2.3, §2.2.7.19]. In rows they follow a text pointer:
 *
 * <pre>
 * TextPtrLen BYTE (0 = NULL)  TextPtr  Timestamp(8)  LONG length  bytes
 * </pre>
 *
 * and as RPC parameters or return values they are {@code LONG length (-1 = NULL) bytes}.
 */
final class TextPointerCodec {
  /** Limit of text/ntext/image values: 2 GB, as SQL Server. */
  static final int MAX_TEXT_BYTES = PlpCodec.MAX_VALUE_BYTES;

  /** The text pointer Quern sends: SQL Server sends 16 bytes that clients keep but never use. */
  private static final int TEXT_POINTER_LENGTH = 16;

  private static final int TIMESTAMP_LENGTH = 8;

  private TextPointerCodec() {}

  static Object readRow(ByteBuf in, TypeInfo type) {
    int pointerLength = TdsBuffers.readUnsignedByte(in, "TextPtr length");
    if (pointerLength == 0) {
      return null;
    }
    TdsBuffers.need(in, pointerLength + TIMESTAMP_LENGTH, "TextPtr and Timestamp");
    in.skipBytes(pointerLength + TIMESTAMP_LENGTH);
    int len = TdsBuffers.readIntLE(in, type.type() + " length");
    if (len < 0 || len > MAX_TEXT_BYTES) {
      throw new TdsProtocolException("Invalid " + type.type() + " length " + len);
    }
    return TdsValueCodec.readChecked(in, type, len);
  }

  static Object readParameter(ByteBuf in, TypeInfo type) {
    int len = TdsBuffers.readIntLE(in, type.type() + " length");
    if (len == -1) {
      return null;
    }
    if (len < 0 || len > MAX_TEXT_BYTES) {
      throw new TdsProtocolException("Invalid " + type.type() + " length " + len);
    }
    return TdsValueCodec.readChecked(in, type, len);
  }

  static void write(ByteBuf out, TypeInfo type, Object value, boolean rowForm) {
    if (value == null) {
      if (rowForm) {
        out.writeByte(0);
      } else {
        out.writeIntLE(-1);
      }
      return;
    }
    if (rowForm) {
      out.writeByte(TEXT_POINTER_LENGTH);
      out.writeZero(TEXT_POINTER_LENGTH + TIMESTAMP_LENGTH);
    }
    int at = out.writerIndex();
    out.writeIntLE(0);
    TdsValueCodec.writeBody(out, type, value);
    out.setIntLE(at, TdsValueCodec.checkedLength(out, at, 4, MAX_TEXT_BYTES, type));
  }
}
