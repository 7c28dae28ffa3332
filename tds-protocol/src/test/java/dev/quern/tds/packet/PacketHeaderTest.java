package dev.quern.tds.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.tds.Hex;
import dev.quern.tds.TdsProtocolException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import java.util.List;
import org.junit.jupiter.api.Test;

class PacketHeaderTest {
  @Test
  void decodesBigEndianLengthAndSpid() {
    PacketHeader h = PacketHeader.decode(Hex.buf("04 01 00 15 00 33 01 00"), 4096);
    assertThat(h).isEqualTo(new PacketHeader(0x04, 0x01, 0x15, 0x33, 1, 0));
    assertThat(h.isEom()).isTrue();
    assertThat(h.payloadLength()).isEqualTo(13);
  }

  @Test
  void encodesWhatItDecodes() {
    ByteBuf out = Unpooled.buffer();
    new PacketHeader(0x12, 0x01, 0x2F, 0, 1, 0).encode(out);
    assertThat(Hex.of(out)).isEqualTo("1201002f00000100");
  }

  @Test
  void needsMoreBelowEightBytes() {
    for (int n = 0; n < 8; n++) {
      ByteBuf in = Unpooled.wrappedBuffer(Hex.bytes("0401001500330100"), 0, n);
      assertThat(PacketHeader.decode(in, 4096)).isNull();
      assertThat(in.readerIndex()).isZero();
    }
  }

  @Test
  void rejectsLengthsOutsideTheLimits() {
    assertThatThrownBy(() -> PacketHeader.decode(Hex.buf("01 01 00 07 00 00 01 00"), 4096))
        .isInstanceOf(TdsProtocolException.class);
    assertThatThrownBy(() -> PacketHeader.decode(Hex.buf("01 01 10 01 00 00 01 00"), 4096))
        .isInstanceOf(TdsProtocolException.class);
  }

  @Test
  void splitsPayloadIntoPacketsWithEomOnTheLast() {
    ByteBuf payload = Unpooled.wrappedBuffer(new byte[1200]);
    List<ByteBuf> packets =
        PacketWriter.split(ByteBufAllocator.DEFAULT, PacketType.TABULAR_RESULT, 51, 512, payload);
    assertThat(packets).hasSize(3);
    assertThat(packets.get(0).getUnsignedShort(2)).isEqualTo(512);
    assertThat(packets.get(0).getByte(1)).isZero();
    assertThat(packets.get(2).getByte(1)).isEqualTo((byte) PacketStatus.EOM);
    assertThat(packets.get(2).getUnsignedShort(2)).isEqualTo(8 + 1200 - 2 * 504);
    assertThat(packets.get(1).getUnsignedShort(4)).isEqualTo(51);
    packets.forEach(ByteBuf::release);
  }

  @Test
  void negotiatesPacketSizeWithinLimits() {
    assertThat(PacketLimits.negotiate(0, false)).isEqualTo(4096);
    assertThat(PacketLimits.negotiate(8000, false)).isEqualTo(8000);
    assertThat(PacketLimits.negotiate(100, false)).isEqualTo(512);
    assertThat(PacketLimits.negotiate(32767, true)).isEqualTo(16383);
  }
}
