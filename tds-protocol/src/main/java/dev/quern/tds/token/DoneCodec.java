package dev.quern.tds.token;

import dev.quern.tds.type.TdsVersion;
import io.netty.buffer.ByteBuf;

/**
 * The body shared by DONE, DONEPROC and DONEINPROC [MS-TDS §2.2.7.6–§2.2.7.8]: Status USHORT,
 * CurCmd USHORT, DoneRowCount ULONGLONG (LONG before TDS 7.2).
 */
final class DoneCodec {
  private DoneCodec() {}

  static int size(int tdsVersion) {
    return 1 + 2 + 2 + (TdsVersion.atLeast72(tdsVersion) ? 8 : 4);
  }

  /** Returns {status, curCmd, count} or null when incomplete. */
  static long[] decode(ByteBuf in, int type, int tdsVersion) {
    if (in.readableBytes() < size(tdsVersion)) {
      return null;
    }
    TokenFrames.expectType(in.readUnsignedByte(), type);
    int status = in.readUnsignedShortLE();
    int curCmd = in.readUnsignedShortLE();
    long count = TdsVersion.atLeast72(tdsVersion) ? in.readLongLE() : in.readUnsignedIntLE();
    return new long[] {status, curCmd, count};
  }

  static void encode(ByteBuf out, int type, int status, int curCmd, long count, int tdsVersion) {
    out.writeByte(type);
    out.writeShortLE(status);
    out.writeShortLE(curCmd);
    if (TdsVersion.atLeast72(tdsVersion)) {
      out.writeLongLE(count);
    } else {
      out.writeIntLE((int) count);
    }
  }
}
