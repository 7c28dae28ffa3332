package dev.quern.server.netty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.tds.TdsProtocolException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import org.junit.jupiter.api.Test;

/** The PRELOGIN framing of TLS handshake records, without TLS itself. */
class PreloginTlsHandlerTest {
  @Test
  void stripsHeadersByLengthEvenWhenTheDataLooksLikeAHeader() {
    // Two 0x12 packets whose payloads start with 0x12 themselves, fed one byte at a time.
    byte[] wire = {0x12, 0x00, 0, 11, 0, 0, 1, 0, 0x12, 0x01, 0x16,
        0x12, 0x01, 0, 10, 0, 0, 2, 0, 0x12, 0x03};
    EmbeddedChannel ch = new EmbeddedChannel(new PreloginTlsHandler(0));
    for (byte b : wire) {
      ch.writeInbound(Unpooled.wrappedBuffer(new byte[] {b}));
    }
    ByteBuf all = Unpooled.buffer();
    ByteBuf part;
    while ((part = ch.readInbound()) != null) {
      all.writeBytes(part);
      part.release();
    }
    assertThat(ByteBufUtil.hexDump(all)).isEqualTo("12011612" + "03");
    ch.finishAndReleaseAll();
  }

  @Test
  void wrapsOneFlightIntoOnePreloginMessage() {
    EmbeddedChannel ch = new EmbeddedChannel(new PreloginTlsHandler(7));
    ch.write(Unpooled.wrappedBuffer(new byte[] {0x16, 0x03, 0x03}));
    ch.write(Unpooled.wrappedBuffer(new byte[5000]));
    ch.flush();
    ByteBuf first = ch.readOutbound();
    ByteBuf second = ch.readOutbound();
    assertThat(first.getByte(0)).isEqualTo((byte) 0x12);
    assertThat(first.getByte(1)).isZero();
    assertThat(first.getUnsignedShort(2)).isEqualTo(4096);
    assertThat(first.getUnsignedShort(4)).isEqualTo(7);
    assertThat(first.getByte(8)).isEqualTo((byte) 0x16);
    assertThat(second.getByte(1)).isEqualTo((byte) 1);
    assertThat(second.getUnsignedShort(2)).isEqualTo(8 + 5003 - 4088);
    assertThat((Object) ch.readOutbound()).isNull();
    first.release();
    second.release();
    ch.finishAndReleaseAll();
  }

  @Test
  void rejectsOtherPacketTypesDuringTheHandshake() {
    EmbeddedChannel ch = new EmbeddedChannel(new PreloginTlsHandler(0));
    assertThatThrownBy(() -> ch.writeInbound(
            Unpooled.wrappedBuffer(new byte[] {0x10, 0x01, 0, 9, 0, 0, 1, 0, 0})))
        .isInstanceOf(TdsProtocolException.class);
    ch.finishAndReleaseAll();
  }
}
