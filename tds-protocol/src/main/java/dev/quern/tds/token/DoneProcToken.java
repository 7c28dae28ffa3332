package dev.quern.tds.token;

import io.netty.buffer.ByteBuf;

/**
 * The end of a stored procedure or RPC [MS-TDS §2.2.7.7]:
 * {@code 0xFE Status USHORT | CurCmd USHORT | DoneRowCount ULONGLONG (LONG before TDS 7.2)}.
 * Status bits are in {@link DoneStatus}.
 */
public record DoneProcToken(int status, int curCmd, long rowCount) {

  public boolean hasMore() {
    return (status & DoneStatus.MORE) != 0;
  }

  public DoneProcToken withStatus(int newStatus) {
    return new DoneProcToken(newStatus, curCmd, rowCount);
  }

  public static DoneProcToken decode(ByteBuf in, int tdsVersion) {
    long[] f = DoneCodec.decode(in, TokenType.DONEPROC, tdsVersion);
    return f == null ? null : new DoneProcToken((int) f[0], (int) f[1], f[2]);
  }

  public void encode(ByteBuf out, int tdsVersion) {
    DoneCodec.encode(out, TokenType.DONEPROC, status, curCmd, rowCount, tdsVersion);
  }

  @Override
  public String toString() {
    return "DoneProcToken[status=" + DoneStatus.describe(status) + ", curCmd=0x"
        + Integer.toHexString(curCmd) + ", rowCount=" + rowCount + "]";
  }
}
