package dev.quern.tds.message;

import dev.quern.tds.TdsProtocolException;
import dev.quern.tds.wire.Wire;
import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;

/**
 * A TRANSACTION_MANAGER request [MS-TDS §2.2.6.9]: ALL_HEADERS, RequestType USHORT, payload.
 *
 * <pre>
 * 5 TM_BEGIN_XACT     ISOLATION_LEVEL BYTE, XACT_NAME B_VARBYTE
 * 7 TM_COMMIT_XACT    XACT_NAME B_VARBYTE, XACT_FLAGS BYTE [ISOLATION_LEVEL BYTE, B_VARBYTE name]
 * 8 TM_ROLLBACK_XACT  same as commit (the begin part only when fBeginXact = 0x01)
 * 9 TM_SAVE_XACT      XACT_NAME B_VARBYTE
 * </pre>
 *
 * Names are B_VARBYTE holding UTF-16LE bytes. Other request types (DTC) keep only their type.
 */
public record TransactionManagerMessage(
    AllHeaders headers,
    int requestType,
    int isolationLevel,
    String name,
    boolean beginNew,
    int newIsolationLevel,
    String newName) {

  public static final int TM_GET_DTC_ADDRESS = 0;
  public static final int TM_PROPAGATE_XACT = 1;
  public static final int TM_BEGIN_XACT = 5;
  public static final int TM_PROMOTE_XACT = 6;
  public static final int TM_COMMIT_XACT = 7;
  public static final int TM_ROLLBACK_XACT = 8;
  public static final int TM_SAVE_XACT = 9;

  /** XACT_FLAGS fBeginXact: start a new transaction after this one ends. */
  public static final int FLAG_BEGIN_XACT = 0x01;

  public static TransactionManagerMessage begin(AllHeaders h, int isolation, String name) {
    return new TransactionManagerMessage(h, TM_BEGIN_XACT, isolation, name, false, 0, "");
  }

  public static TransactionManagerMessage decode(ByteBuf in, int tdsVersion) {
    AllHeaders headers = AllHeaders.decode(in, tdsVersion);
    Wire.require(in, 2, "TM request type");
    int type = in.readUnsignedShortLE();
    return switch (type) {
      case TM_BEGIN_XACT -> {
        Wire.require(in, 1, "TM isolation level");
        int isolation = in.readUnsignedByte();
        yield begin(headers, isolation, name(in));
      }
      case TM_COMMIT_XACT, TM_ROLLBACK_XACT -> {
        String name = name(in);
        // Some clients stop after the name; no flags means no new transaction.
        int flags = in.isReadable() ? in.readUnsignedByte() : 0;
        boolean beginNew = (flags & FLAG_BEGIN_XACT) != 0;
        int newIsolation = 0;
        String newName = "";
        if (beginNew) {
          Wire.require(in, 1, "TM new isolation level");
          newIsolation = in.readUnsignedByte();
          newName = in.isReadable() ? name(in) : "";
        }
        yield new TransactionManagerMessage(headers, type, 0, name, beginNew, newIsolation, newName);
      }
      case TM_SAVE_XACT -> new TransactionManagerMessage(headers, type, 0, name(in), false, 0, "");
      case TM_GET_DTC_ADDRESS, TM_PROPAGATE_XACT, TM_PROMOTE_XACT -> {
        in.skipBytes(in.readableBytes());
        yield new TransactionManagerMessage(headers, type, 0, "", false, 0, "");
      }
      default -> throw new TdsProtocolException("Unknown TM request type " + type);
    };
  }

  private static String name(ByteBuf in) {
    byte[] b = Wire.readBVarbyte(in, "TM transaction name");
    if ((b.length & 1) != 0) {
      throw new TdsProtocolException("TM transaction name has an odd number of bytes");
    }
    return new String(b, StandardCharsets.UTF_16LE);
  }

  public void encode(ByteBuf out) {
    headers.encode(out);
    out.writeShortLE(requestType);
    switch (requestType) {
      case TM_BEGIN_XACT -> {
        out.writeByte(isolationLevel);
        Wire.writeBVarbyte(out, name.getBytes(StandardCharsets.UTF_16LE));
      }
      case TM_COMMIT_XACT, TM_ROLLBACK_XACT -> {
        Wire.writeBVarbyte(out, name.getBytes(StandardCharsets.UTF_16LE));
        out.writeByte(beginNew ? FLAG_BEGIN_XACT : 0);
        if (beginNew) {
          out.writeByte(newIsolationLevel);
          Wire.writeBVarbyte(out, newName.getBytes(StandardCharsets.UTF_16LE));
        }
      }
      case TM_SAVE_XACT -> Wire.writeBVarbyte(out, name.getBytes(StandardCharsets.UTF_16LE));
      default -> {}
    }
  }
}
