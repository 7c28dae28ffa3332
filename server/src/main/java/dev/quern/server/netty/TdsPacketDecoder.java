package dev.quern.server.netty;

import dev.quern.tds.packet.PacketHeader;
import dev.quern.tds.packet.PacketLimits;
import dev.quern.tds.packet.TdsPacket;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.List;

/**
 * Frames the byte stream into TDS packets by the header's length field [MS-TDS §2.2.3.1]. The
 * largest accepted length is the negotiated packet size once login has set it; before that, the
 * protocol maximum. A length outside the bounds is a protocol error.
 */
public final class TdsPacketDecoder extends ByteToMessageDecoder {
  private volatile int maxPacketSize = PacketLimits.MAX_PACKET_SIZE;

  /** Bounds later packets by the size the login negotiated. */
  public void maxPacketSize(int size) {
    this.maxPacketSize = size;
  }

  @Override
  protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
    int start = in.readerIndex();
    PacketHeader header = PacketHeader.decode(in, maxPacketSize);
    if (header == null) {
      return;
    }
    if (in.readableBytes() < header.payloadLength()) {
      in.readerIndex(start);
      return;
    }
    out.add(new TdsPacket(header, in.readRetainedSlice(header.payloadLength())));
  }
}
