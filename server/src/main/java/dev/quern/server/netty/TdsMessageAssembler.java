package dev.quern.server.netty;

import dev.quern.tds.TdsProtocolException;
import dev.quern.tds.message.Login7Message;
import dev.quern.tds.packet.PacketStatus;
import dev.quern.tds.packet.PacketType;
import dev.quern.tds.packet.TdsMessage;
import dev.quern.tds.packet.TdsPacket;
import dev.quern.tds.wire.WireLimits;
import io.netty.buffer.CompositeByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageDecoder;
import java.util.List;

/**
 * Joins packets into messages: payloads of one type up to the packet with EOM [MS-TDS §2.2.3].
 * Enforces a size bound per message type before growing the buffer; a packet of another type in
 * the middle of a message, or an unknown type, is a protocol error. A message the client abandons
 * with IGNORE comes out empty with the IGNORE bit set in its status.
 */
public final class TdsMessageAssembler extends MessageToMessageDecoder<TdsPacket> {
  private PacketType type;
  private int status;
  private CompositeByteBuf payload;

  public TdsMessageAssembler() {
    super(TdsPacket.class);
  }

  @Override
  protected void decode(ChannelHandlerContext ctx, TdsPacket packet, List<Object> out) {
    PacketType t = PacketType.of(packet.header().type());
    if (t == null) {
      throw new TdsProtocolException("Unknown packet type 0x"
          + Integer.toHexString(packet.header().type()));
    }
    int packetStatus = packet.header().status();
    if (payload == null && (packetStatus & PacketStatus.EOM) != 0) {
      single(ctx, t, packet, out);
      return;
    }
    if (payload == null) {
      type = t;
      status = packet.header().status();
      payload = ctx.alloc().compositeBuffer(Integer.MAX_VALUE);
    } else if (t != type) {
      throw new TdsProtocolException("Packet of type " + t + " inside a " + type + " message");
    }
    int size = payload.readableBytes() + packet.content().readableBytes();
    if (size > maxBytes(type)) {
      throw new TdsProtocolException(type + " message exceeds " + maxBytes(type) + " bytes");
    }
    payload.addComponent(true, packet.content().retain());
    if ((packetStatus & PacketStatus.EOM) == 0) {
      return;
    }
    CompositeByteBuf done = payload;
    payload = null;
    if ((packetStatus & PacketStatus.IGNORE) != 0) {
      done.release();
      out.add(new TdsMessage(type, status | PacketStatus.IGNORE, ctx.alloc().buffer(0)));
    } else {
      out.add(new TdsMessage(type, status, done));
    }
  }

  /**
   * A message of one packet (most requests): its payload as it is, with no composite buffer to
   * allocate and to walk component by component when it is decoded.
   */
  private static void single(ChannelHandlerContext ctx, PacketType t, TdsPacket packet,
      List<Object> out) {
    if (packet.content().readableBytes() > maxBytes(t)) {
      throw new TdsProtocolException(t + " message exceeds " + maxBytes(t) + " bytes");
    }
    int packetStatus = packet.header().status();
    if ((packetStatus & PacketStatus.IGNORE) != 0) {
      out.add(new TdsMessage(t, packetStatus, ctx.alloc().buffer(0)));
    } else {
      out.add(new TdsMessage(t, packetStatus, packet.content().retain()));
    }
  }

  static int maxBytes(PacketType type) {
    return switch (type) {
      case PRELOGIN -> 4096;
      case LOGIN7 -> Login7Message.MAX_LENGTH;
      case ATTENTION -> 0;
      default -> WireLimits.MAX_MESSAGE_BYTES;
    };
  }

  @Override
  public void handlerRemoved(ChannelHandlerContext ctx) {
    release();
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) throws Exception {
    release();
    super.channelInactive(ctx);
  }

  private void release() {
    if (payload != null) {
      payload.release();
      payload = null;
    }
  }
}
