package dev.quern.tds.token;

import io.netty.buffer.ByteBuf;

/** RETURNSTATUS [MS-TDS §2.2.7.18]: {@code 0x79 Value LONG}, a procedure's return code. */
public record ReturnStatusToken(int value) {

  public static ReturnStatusToken decode(ByteBuf in, int tdsVersion) {
    if (in.readableBytes() < 5) {
      return null;
    }
    TokenFrames.expectType(in.readUnsignedByte(), TokenType.RETURNSTATUS);
    return new ReturnStatusToken(in.readIntLE());
  }

  public void encode(ByteBuf out, int tdsVersion) {
    out.writeByte(TokenType.RETURNSTATUS);
    out.writeIntLE(value);
  }
}
