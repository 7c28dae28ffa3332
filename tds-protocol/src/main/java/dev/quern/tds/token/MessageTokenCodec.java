package dev.quern.tds.token;

import dev.quern.tds.type.TdsVersion;
import dev.quern.tds.wire.Wire;
import io.netty.buffer.ByteBuf;

/**
 * The body shared by INFO and ERROR [MS-TDS §2.2.7.10, §2.2.7.13]: Number LONG, State BYTE, Class
 * BYTE, MsgText US_VARCHAR, ServerName B_VARCHAR, ProcName B_VARCHAR, LineNumber LONG (USHORT
 * before TDS 7.2).
 */
final class MessageTokenCodec {
  /** The decoded fields, in wire order. */
  record Fields(
      int number, int state, int severity, String text, String serverName, String procName,
      int lineNumber) {}

  private MessageTokenCodec() {}

  static Fields decode(ByteBuf in, int type, int tdsVersion) {
    ByteBuf body = TokenFrames.lengthPrefixed(in, type);
    if (body == null) {
      return null;
    }
    Wire.require(body, 6, "message token");
    int number = body.readIntLE();
    int state = body.readUnsignedByte();
    int severity = body.readUnsignedByte();
    String text = Wire.readUsVarchar(body, "message text");
    String server = Wire.readBVarchar(body, "server name");
    String proc = Wire.readBVarchar(body, "procedure name");
    int line;
    if (TdsVersion.atLeast72(tdsVersion)) {
      Wire.require(body, 4, "line number");
      line = body.readIntLE();
    } else {
      Wire.require(body, 2, "line number");
      line = body.readUnsignedShortLE();
    }
    TokenFrames.expectConsumed(body, "message token");
    return new Fields(number, state, severity, text, server, proc, line);
  }

  static void encode(ByteBuf out, int type, Fields f, int tdsVersion) {
    int at = TokenFrames.begin(out, type);
    out.writeIntLE(f.number());
    out.writeByte(f.state());
    out.writeByte(f.severity());
    Wire.writeUsVarchar(out, f.text());
    Wire.writeBVarchar(out, truncate(f.serverName()));
    Wire.writeBVarchar(out, truncate(f.procName()));
    if (TdsVersion.atLeast72(tdsVersion)) {
      out.writeIntLE(f.lineNumber());
    } else {
      out.writeShortLE(f.lineNumber());
    }
    TokenFrames.end(out, at);
  }

  private static String truncate(String s) {
    return s.length() > 255 ? s.substring(0, 255) : s;
  }
}
