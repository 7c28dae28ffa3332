package dev.quern.tds.token;

import io.netty.buffer.ByteBuf;

/**
 * The end of a statement inside a procedure [MS-TDS §2.2.7.8]:
 * {@code 0xFF Status USHORT | CurCmd USHORT | DoneRowCount ULONGLONG (LONG before TDS 7.2)}.
 * Status bits are in {@link DoneStatus}.
 */
public record DoneInProcToken(int status, int curCmd, long rowCount) {

  public boolean hasMore() {
    return (status & DoneStatus.MORE) != 0;
  }

  public DoneInProcToken withStatus(int newStatus) {
    return new DoneInProcToken(newStatus, curCmd, rowCount);
  }

  public static DoneInProcToken decode(ByteBuf in, int tdsVersion) {
    long[] f = DoneCodec.decode(in, TokenType.DONEINPROC, tdsVersion);
    return f == null ? null : new DoneInProcToken((int) f[0], (int) f[1], f[2]);
  }

  public void encode(ByteBuf out, int tdsVersion) {
    DoneCodec.encode(out, TokenType.DONEINPROC, status, curCmd, rowCount, tdsVersion);
  }

  @Override
  public String toString() {
    return "DoneInProcToken[status=" + DoneStatus.describe(status) + ", curCmd=0x"
        + Integer.toHexString(curCmd) + ", rowCount=" + rowCount + "]";
  }
}
