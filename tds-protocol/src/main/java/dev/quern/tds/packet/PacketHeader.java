package dev.quern.tds.packet;

import dev.quern.tds.TdsProtocolException;
import io.netty.buffer.ByteBuf;

/**
 * The 8-byte packet header [MS-TDS §2.2.3.1]:
 *
 * <pre>
 * Type BYTE | Status BYTE | Length USHORT (BE, includes header) | SPID USHORT (BE) |
 * PacketID BYTE | Window BYTE
 * </pre>
 */
public record PacketHeader(int type, int status, int length, int spid, int packetId, int window) {

  /**
   * Reads a header, or returns null when fewer than 8 bytes are readable (reader index unchanged).
   * A length outside [8, {@code maxLength}] is a protocol error.
   */
  public static PacketHeader decode(ByteBuf in, int maxLength) {
    if (in.readableBytes() < PacketLimits.HEADER_LENGTH) {
      return null;
    }
    int i = in.readerIndex();
    PacketHeader h =
        new PacketHeader(
            in.getUnsignedByte(i),
            in.getUnsignedByte(i + 1),
            in.getUnsignedShort(i + 2),
            in.getUnsignedShort(i + 4),
            in.getUnsignedByte(i + 6),
            in.getUnsignedByte(i + 7));
    if (h.length < PacketLimits.HEADER_LENGTH || h.length > maxLength) {
      throw new TdsProtocolException(
          "Packet length " + h.length + " outside [8, " + maxLength + "]");
    }
    in.skipBytes(PacketLimits.HEADER_LENGTH);
    return h;
  }

  public void encode(ByteBuf out) {
    out.writeByte(type);
    out.writeByte(status);
    out.writeShort(length);
    out.writeShort(spid);
    out.writeByte(packetId);
    out.writeByte(window);
  }

  public int payloadLength() {
    return length - PacketLimits.HEADER_LENGTH;
  }

  public boolean isEom() {
    return PacketStatus.isEom(status);
  }

  @Override
  public String toString() {
    PacketType t = PacketType.of(type);
    return "PacketHeader[type="
        + (t == null ? "0x" + Integer.toHexString(type) : t)
        + ", status=0x"
        + Integer.toHexString(status)
        + ", length="
        + length
        + ", spid="
        + spid
        + ", packetId="
        + packetId
        + "]";
  }
}
