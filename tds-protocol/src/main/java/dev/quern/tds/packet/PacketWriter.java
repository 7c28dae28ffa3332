package dev.quern.tds.packet;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import java.util.ArrayList;
import java.util.List;

/** Splits a message payload into packets of at most a given size [MS-TDS §2.2.3]. */
public final class PacketWriter {
  private PacketWriter() {}

  /**
   * Returns the packets (header + payload each) carrying {@code payload}; the last has EOM. An
   * empty payload still yields one packet. Does not consume or release {@code payload}.
   */
  public static List<ByteBuf> split(
      ByteBufAllocator alloc, PacketType type, int spid, int packetSize, ByteBuf payload) {
    int chunk = packetSize - PacketLimits.HEADER_LENGTH;
    List<ByteBuf> packets = new ArrayList<>();
    int index = payload.readerIndex();
    int end = payload.writerIndex();
    int packetId = 1;
    do {
      int n = Math.min(chunk, end - index);
      boolean last = index + n == end;
      ByteBuf p = alloc.buffer(PacketLimits.HEADER_LENGTH + n);
      new PacketHeader(
              type.code(), last ? PacketStatus.EOM : 0, PacketLimits.HEADER_LENGTH + n, spid,
              packetId++ & 0xFF, 0)
          .encode(p);
      p.writeBytes(payload, index, n);
      packets.add(p);
      index += n;
    } while (index < end);
    return packets;
  }
}
