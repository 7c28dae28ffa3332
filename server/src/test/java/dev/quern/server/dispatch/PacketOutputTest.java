package dev.quern.server.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.tds.packet.PacketHeader;
import dev.quern.tds.packet.PacketStatus;
import dev.quern.tds.packet.PacketType;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How one response message is cut into packets: headers, ids, EOM and the payload they carry. */
class PacketOutputTest {
  private static final int PACKET_SIZE = 512;
  private static final int PAYLOAD = PACKET_SIZE - 8;

  private final EmbeddedChannel channel = new EmbeddedChannel();

  /** Writes {@code bytes} of payload (numbered 0, 1, 2… mod 251) in slices and ends the message. */
  private byte[] respond(int bytes) {
    PacketOutput out = new PacketOutput(channel, 51, PACKET_SIZE, new WritabilityGate());
    byte[] payload = new byte[bytes];
    for (int i = 0; i < bytes; i++) {
      payload[i] = (byte) (i % 251);
    }
    for (int from = 0; from < bytes; from += 100) {
      out.buffer().writeBytes(payload, from, Math.min(100, bytes - from));
      out.packetize();
    }
    out.end();
    return payload;
  }

  private record Packet(PacketHeader header, byte[] payload) {}

  private List<Packet> packets() {
    List<Packet> packets = new ArrayList<>();
    ByteBuf p;
    while ((p = channel.readOutbound()) != null) {
      // A write may carry several packets back to back (PacketOutput#packetize).
      do {
        PacketHeader h = PacketHeader.decode(p, PACKET_SIZE);
        assertThat(p.readableBytes()).isGreaterThanOrEqualTo(h.length() - 8);
        packets.add(new Packet(h, ByteBufUtil.getBytes(p.readSlice(h.length() - 8))));
      } while (p.isReadable());
      p.release();
    }
    return packets;
  }

  private static byte[] joined(List<Packet> packets) {
    ByteBuf all = io.netty.buffer.Unpooled.buffer();
    packets.forEach(p -> all.writeBytes(p.payload()));
    return ByteBufUtil.getBytes(all);
  }

  @Test
  void aSmallResponseIsOnePacketWithEom() {
    byte[] payload = respond(30);
    List<Packet> packets = packets();
    assertThat(packets).hasSize(1);
    PacketHeader h = packets.getFirst().header();
    assertThat(h.type()).isEqualTo(PacketType.TABULAR_RESULT.code());
    assertThat(h.status()).isEqualTo(PacketStatus.EOM);
    assertThat(h.spid()).isEqualTo(51);
    assertThat(h.packetId()).isEqualTo(1);
    assertThat(packets.getFirst().payload()).isEqualTo(payload);
  }

  @Test
  void aResponseOfExactlyOnePacketFillsIt() {
    byte[] payload = respond(PAYLOAD);
    List<Packet> packets = packets();
    assertThat(packets).hasSize(1);
    assertThat(packets.getFirst().header().length()).isEqualTo(PACKET_SIZE);
    assertThat(packets.getFirst().payload()).isEqualTo(payload);
  }

  @Test
  void anEmptyResponseIsAHeaderOnlyPacket() {
    respond(0);
    List<Packet> packets = packets();
    assertThat(packets).hasSize(1);
    assertThat(packets.getFirst().header().length()).isEqualTo(8);
  }

  @Test
  void aLongResponseIsFullPacketsThenTheRestWithEom() {
    // Beyond four packets the sent bytes are discarded from the buffer mid-message.
    for (int bytes : new int[] {PAYLOAD + 1, 3 * PAYLOAD + 17, 11 * PAYLOAD + 5, 12 * PAYLOAD}) {
      byte[] payload = respond(bytes);
      List<Packet> packets = packets();
      assertThat(packets).hasSize((bytes + PAYLOAD - 1) / PAYLOAD);
      for (int i = 0; i < packets.size(); i++) {
        PacketHeader h = packets.get(i).header();
        boolean last = i == packets.size() - 1;
        assertThat(h.packetId()).isEqualTo(i + 1);
        assertThat(h.status()).isEqualTo(last ? PacketStatus.EOM : 0);
        if (!last) {
          assertThat(h.length()).isEqualTo(PACKET_SIZE);
        }
      }
      assertThat(joined(packets)).as("%d bytes", bytes).isEqualTo(payload);
    }
  }

  @Test
  void endingAfterTheClientLeftThrowsAndLeaksNothing() {
    PacketOutput out = new PacketOutput(channel, 51, PACKET_SIZE, new WritabilityGate());
    out.buffer().writeBytes(new byte[10]);
    channel.close();
    assertThatThrownBy(out::end).isInstanceOf(ClientGoneException.class);
    out.abandon();
    assertThat(out.buffer().refCnt()).isZero();
  }
}
