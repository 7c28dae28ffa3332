package dev.quern.tds.packet;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.DefaultByteBufHolder;

/** One framed packet: its header and its payload (reference counted, released by the reader). */
public final class TdsPacket extends DefaultByteBufHolder {
  private final PacketHeader header;

  public TdsPacket(PacketHeader header, ByteBuf payload) {
    super(payload);
    this.header = header;
  }

  public PacketHeader header() {
    return header;
  }

  @Override
  public TdsPacket replace(ByteBuf content) {
    return new TdsPacket(header, content);
  }

  @Override
  public String toString() {
    return "TdsPacket[" + header + ", payload=" + content().readableBytes() + " bytes]";
  }
}
