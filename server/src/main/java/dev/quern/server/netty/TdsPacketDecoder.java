package dev.quern.server.netty;

import dev.quern.tds.TdsProtocolException;
import dev.quern.tds.packet.PacketHeader;
import dev.quern.tds.packet.PacketLimits;
import dev.quern.tds.packet.PacketStatus;
import dev.quern.tds.packet.PacketType;
import dev.quern.tds.packet.TdsPacket;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Frames the byte stream into TDS packets by the header's length field [MS-TDS §2.2.3.1]. The
 * largest accepted length is the negotiated packet size once login has set it; before that, the
 * protocol maximum.
 *
 * <p>Each header is checked as soon as its 8 bytes are in, before waiting for the payload: a length
 * outside the bounds, a type the client cannot send in this phase (before login only PRELOGIN and
 * LOGIN7) or unknown status bits is garbage, and the connection closes at once instead of waiting
 * out the login timeout for a payload that will never come.
 */
public final class TdsPacketDecoder extends ByteToMessageDecoder {
  private static final Set<PacketType> BEFORE_LOGIN =
      EnumSet.of(PacketType.PRELOGIN, PacketType.LOGIN7);
  private static final Set<PacketType> AFTER_LOGIN = EnumSet.of(PacketType.SQL_BATCH,
      PacketType.RPC, PacketType.ATTENTION, PacketType.BULK_LOAD, PacketType.TRANSACTION_MANAGER);
  private static final int BEFORE_LOGIN_STATUS = PacketStatus.EOM | PacketStatus.IGNORE;
  private static final int AFTER_LOGIN_STATUS = BEFORE_LOGIN_STATUS
      | PacketStatus.RESETCONNECTION | PacketStatus.RESETCONNECTIONSKIPTRAN;

  private volatile int maxPacketSize = PacketLimits.MAX_PACKET_SIZE;
  private volatile boolean loggedIn;

  /** Login succeeded: requests may follow, in packets of at most the negotiated size. */
  public void loggedIn(int negotiatedPacketSize) {
    this.maxPacketSize = negotiatedPacketSize;
    this.loggedIn = true;
  }

  @Override
  protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
    int start = in.readerIndex();
    PacketHeader header = PacketHeader.decode(in, maxPacketSize);
    if (header == null) {
      return;
    }
    check(header);
    if (in.readableBytes() < header.payloadLength()) {
      in.readerIndex(start);
      return;
    }
    out.add(new TdsPacket(header, in.readRetainedSlice(header.payloadLength())));
  }

  private void check(PacketHeader header) {
    PacketType type = PacketType.of(header.type());
    if (type == null || !(loggedIn ? AFTER_LOGIN : BEFORE_LOGIN).contains(type)) {
      throw new TdsProtocolException("Packet type 0x" + Integer.toHexString(header.type())
          + (loggedIn ? " after login" : " before login"));
    }
    int unknownBits = header.status() & ~(loggedIn ? AFTER_LOGIN_STATUS : BEFORE_LOGIN_STATUS);
    if (unknownBits != 0) {
      throw new TdsProtocolException("Packet status 0x" + Integer.toHexString(header.status()));
    }
  }
}
