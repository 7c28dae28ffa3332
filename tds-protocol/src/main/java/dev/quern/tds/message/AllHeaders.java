package dev.quern.tds.message;

import dev.quern.tds.TdsProtocolException;
import dev.quern.tds.type.TdsVersion;
import dev.quern.tds.wire.Wire;
import io.netty.buffer.ByteBuf;

/**
 * The ALL_HEADERS prefix of SQL_BATCH, RPC and TRANSACTION_MANAGER requests [MS-TDS §2.2.5.3],
 * present from TDS 7.2 on and absent for 7.1 clients (jTDS):
 *
 * <pre>
 * TotalLength DWORD, then *(HeaderLength DWORD, HeaderType USHORT, HeaderData)
 *   0x0001 query notifications, 0x0002 transaction descriptor (ULONGLONG + DWORD count),
 *   0x0003 trace activity (GUID + ULONG)
 * </pre>
 */
public record AllHeaders(boolean present, long transactionDescriptor, int outstandingRequestCount) {
  public static final int TYPE_QUERY_NOTIFICATIONS = 0x0001;
  public static final int TYPE_TRANSACTION_DESCRIPTOR = 0x0002;
  public static final int TYPE_TRACE_ACTIVITY = 0x0003;

  /** Query notification strings make this the longest legitimate prefix. */
  public static final int MAX_TOTAL_LENGTH = 64 * 1024;

  /** The absence of ALL_HEADERS (TDS 7.1). */
  public static final AllHeaders ABSENT = new AllHeaders(false, 0, 0);

  /** What clients send in autocommit mode: descriptor 0, one outstanding request. */
  public static AllHeaders of(long transactionDescriptor) {
    return new AllHeaders(true, transactionDescriptor, 1);
  }

  /** Reads ALL_HEADERS when the negotiated version has them, else returns {@link #ABSENT}. */
  public static AllHeaders decode(ByteBuf in, int tdsVersion) {
    if (!TdsVersion.atLeast72(tdsVersion)) {
      return ABSENT;
    }
    Wire.require(in, 4, "ALL_HEADERS length");
    int total = in.readIntLE();
    if (total < 4 || total > MAX_TOTAL_LENGTH || total - 4 > in.readableBytes()) {
      throw new TdsProtocolException("ALL_HEADERS length " + total + " invalid");
    }
    ByteBuf headers = in.readSlice(total - 4);
    long descriptor = 0;
    int outstanding = 0;
    while (headers.isReadable()) {
      Wire.require(headers, 6, "ALL_HEADERS header");
      int length = headers.readIntLE();
      int type = headers.readUnsignedShortLE();
      if (length < 6 || length - 6 > headers.readableBytes()) {
        throw new TdsProtocolException("ALL_HEADERS header length " + length + " invalid");
      }
      ByteBuf data = headers.readSlice(length - 6);
      if (type == TYPE_TRANSACTION_DESCRIPTOR) {
        Wire.require(data, 12, "transaction descriptor header");
        descriptor = data.readLongLE();
        outstanding = data.readIntLE();
      } else if (type == TYPE_TRACE_ACTIVITY && !TdsVersion.atLeast74(tdsVersion)) {
        throw new TdsProtocolException("Trace activity header before TDS 7.4");
      }
    }
    return new AllHeaders(true, descriptor, outstanding);
  }

  /** Writes the transaction descriptor header (what every client sends); nothing when absent. */
  public void encode(ByteBuf out) {
    if (!present) {
      return;
    }
    out.writeIntLE(22);
    out.writeIntLE(18);
    out.writeShortLE(TYPE_TRANSACTION_DESCRIPTOR);
    out.writeLongLE(transactionDescriptor);
    out.writeIntLE(outstandingRequestCount);
  }
}
