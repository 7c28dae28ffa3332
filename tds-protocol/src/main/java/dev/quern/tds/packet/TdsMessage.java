package dev.quern.tds.packet;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.DefaultByteBufHolder;

/**
 * One client message assembled from its packets [MS-TDS §2.2.3]: the type, the status byte of its
 * first packet (where RESETCONNECTION lives), and the concatenated payload (reference counted).
 */
public final class TdsMessage extends DefaultByteBufHolder {
  private final PacketType type;
  private final int status;

  public TdsMessage(PacketType type, int status, ByteBuf payload) {
    super(payload);
    this.type = type;
    this.status = status;
  }

  public PacketType type() {
    return type;
  }

  public int status() {
    return status;
  }

  public boolean resetConnection() {
    return (status & (PacketStatus.RESETCONNECTION | PacketStatus.RESETCONNECTIONSKIPTRAN)) != 0;
  }

  public boolean resetKeepsTransaction() {
    return (status & PacketStatus.RESETCONNECTIONSKIPTRAN) != 0;
  }

  @Override
  public TdsMessage retain() {
    super.retain();
    return this;
  }

  @Override
  public TdsMessage replace(ByteBuf content) {
    return new TdsMessage(type, status, content);
  }

  @Override
  public String toString() {
    return "TdsMessage[type="
        + type
        + ", status=0x"
        + Integer.toHexString(status)
        + ", payload="
        + content().readableBytes()
        + " bytes]";
  }
}
