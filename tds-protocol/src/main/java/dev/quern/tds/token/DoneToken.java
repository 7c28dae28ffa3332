package dev.quern.tds.token;

import io.netty.buffer.ByteBuf;

/**
 * The end of a statement or of a batch's response [MS-TDS §2.2.7.6]:
 * {@code 0xFD Status USHORT | CurCmd USHORT | DoneRowCount ULONGLONG (LONG before TDS 7.2)}.
 * Status bits are in {@link DoneStatus}.
 */
public record DoneToken(int status, int curCmd, long rowCount) {

  public boolean hasMore() {
    return (status & DoneStatus.MORE) != 0;
  }

  public DoneToken withStatus(int newStatus) {
    return new DoneToken(newStatus, curCmd, rowCount);
  }

  public static DoneToken decode(ByteBuf in, int tdsVersion) {
    long[] f = DoneCodec.decode(in, TokenType.DONE, tdsVersion);
    return f == null ? null : new DoneToken((int) f[0], (int) f[1], f[2]);
  }

  public void encode(ByteBuf out, int tdsVersion) {
    DoneCodec.encode(out, TokenType.DONE, status, curCmd, rowCount, tdsVersion);
  }

  @Override
  public String toString() {
    return "DoneToken[status=" + DoneStatus.describe(status) + ", curCmd=0x"
        + Integer.toHexString(curCmd) + ", rowCount=" + rowCount + "]";
  }
}
