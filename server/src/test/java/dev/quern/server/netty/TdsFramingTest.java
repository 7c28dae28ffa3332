package dev.quern.server.netty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.tds.TdsProtocolException;
import dev.quern.tds.packet.PacketLimits;
import dev.quern.tds.packet.PacketStatus;
import dev.quern.tds.packet.PacketType;
import dev.quern.tds.packet.PacketWriter;
import dev.quern.tds.packet.TdsMessage;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.DecoderException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TdsFramingTest {
  /** A logged-in connection's framing. */
  static EmbeddedChannel channel() {
    TdsPacketDecoder framer = new TdsPacketDecoder();
    framer.loggedIn(PacketLimits.MAX_PACKET_SIZE);
    return new EmbeddedChannel(framer, new TdsMessageAssembler());
  }

  static EmbeddedChannel beforeLogin() {
    return new EmbeddedChannel(new TdsPacketDecoder(), new TdsMessageAssembler());
  }

  /** A three-packet SQL_BATCH message (512-byte packets) followed by an ATTENTION. */
  static byte[] wire(byte[] payload) {
    ByteBuf all = Unpooled.buffer();
    for (ByteBuf p : PacketWriter.split(ByteBufAllocator.DEFAULT, PacketType.SQL_BATCH, 0, 512,
        Unpooled.wrappedBuffer(payload))) {
      all.writeBytes(p);
      p.release();
    }
    all.writeBytes(new byte[] {0x06, 0x01, 0x00, 0x08, 0, 0, 1, 0});
    return ByteBufUtil.getBytes(all);
  }

  @Test
  void assemblesAMessageSplitAtEveryByte() {
    byte[] payload = new byte[1200];
    for (int i = 0; i < payload.length; i++) {
      payload[i] = (byte) i;
    }
    byte[] wire = wire(payload);
    for (int cut = 1; cut < wire.length; cut++) {
      EmbeddedChannel ch = channel();
      ch.writeInbound(Unpooled.wrappedBuffer(wire, 0, cut));
      ch.writeInbound(Unpooled.wrappedBuffer(wire, cut, wire.length - cut));
      List<TdsMessage> messages = drain(ch);
      assertThat(messages).hasSize(2);
      assertThat(messages.get(0).type()).isEqualTo(PacketType.SQL_BATCH);
      assertThat(ByteBufUtil.getBytes(messages.get(0).content())).isEqualTo(payload);
      assertThat(messages.get(1).type()).isEqualTo(PacketType.ATTENTION);
      messages.forEach(TdsMessage::release);
      assertThat(ch.finish()).isFalse();
    }
  }

  @Test
  void assemblesByteByByte() {
    byte[] wire = wire(new byte[700]);
    EmbeddedChannel ch = channel();
    for (byte b : wire) {
      ch.writeInbound(Unpooled.wrappedBuffer(new byte[] {b}));
    }
    List<TdsMessage> messages = drain(ch);
    assertThat(messages).extracting(TdsMessage::type)
        .containsExactly(PacketType.SQL_BATCH, PacketType.ATTENTION);
    messages.forEach(TdsMessage::release);
  }

  @Test
  void keepsTheFirstPacketsStatusForReset() {
    EmbeddedChannel ch = channel();
    ch.writeInbound(Unpooled.wrappedBuffer(new byte[] {0x01, 0x09, 0, 10, 0, 0, 1, 0, 0x41, 0}));
    TdsMessage m = ch.readInbound();
    assertThat(m.resetConnection()).isTrue();
    assertThat(m.resetKeepsTransaction()).isFalse();
    m.release();
  }

  @Test
  void ignoredMessageComesOutEmptyWithIgnoreBit() {
    EmbeddedChannel ch = channel();
    ch.writeInbound(Unpooled.wrappedBuffer(new byte[] {0x01, 0x00, 0, 10, 0, 0, 1, 0, 0x41, 0,
        0x01, 0x03, 0, 8, 0, 0, 2, 0}));
    TdsMessage m = ch.readInbound();
    assertThat(m.status() & PacketStatus.IGNORE).isNotZero();
    assertThat(m.content().readableBytes()).isZero();
    m.release();
  }

  @Test
  void rejectsPacketLengthOverTheNegotiatedSize() {
    TdsPacketDecoder framer = new TdsPacketDecoder();
    framer.loggedIn(512);
    EmbeddedChannel ch = new EmbeddedChannel(framer, new TdsMessageAssembler());
    assertThatThrownBy(() -> ch.writeInbound(
            Unpooled.wrappedBuffer(new byte[] {0x01, 0x01, 0x02, 0x01, 0, 0, 1, 0})))
        .isInstanceOf(DecoderException.class)
        .hasCauseInstanceOf(TdsProtocolException.class);
  }

  @Test
  void rejectsTypeChangeInsideAMessage() {
    EmbeddedChannel ch = channel();
    assertThatThrownBy(() -> ch.writeInbound(Unpooled.wrappedBuffer(new byte[] {
        0x01, 0x00, 0, 10, 0, 0, 1, 0, 0x41, 0, 0x03, 0x01, 0, 10, 0, 0, 2, 0, 0x41, 0})))
        .isInstanceOf(DecoderException.class)
        .hasCauseInstanceOf(TdsProtocolException.class);
    ch.finishAndReleaseAll();
  }

  @Test
  void rejectsUnknownPacketTypesAndOversizedLogins() {
    EmbeddedChannel ch = channel();
    assertThatThrownBy(() -> ch.writeInbound(
            Unpooled.wrappedBuffer(new byte[] {0x55, 0x01, 0, 8, 0, 0, 1, 0})))
        .hasCauseInstanceOf(TdsProtocolException.class);
    EmbeddedChannel login = beforeLogin();
    byte[] packet = new byte[32_000];
    packet[0] = 0x10;
    packet[2] = (byte) (32_000 >> 8);
    packet[3] = (byte) 32_000;
    assertThatThrownBy(() -> {
      for (int i = 0; i < 5; i++) {
        login.writeInbound(Unpooled.wrappedBuffer(packet));
      }
    }).hasCauseInstanceOf(TdsProtocolException.class);
    login.finishAndReleaseAll();
  }

  @Test
  void beforeLoginAHeaderThatIsNoPreloginOrLoginFailsAtOnce() {
    // Only the header of a would-be 4000-byte SQL_BATCH: no waiting for its payload.
    EmbeddedChannel ch = beforeLogin();
    assertThatThrownBy(() -> ch.writeInbound(
            Unpooled.wrappedBuffer(new byte[] {0x01, 0x01, 0x0F, (byte) 0xA0, 0, 0, 1, 0})))
        .hasCauseInstanceOf(TdsProtocolException.class)
        .hasMessageContaining("before login");
    ch.finishAndReleaseAll();
  }

  @Test
  void unknownStatusBitsFailAtOnce() {
    EmbeddedChannel ch = beforeLogin();
    assertThatThrownBy(() -> ch.writeInbound(
            Unpooled.wrappedBuffer(new byte[] {0x12, (byte) 0x81, 0x01, 0x00, 0, 0, 1, 0})))
        .hasCauseInstanceOf(TdsProtocolException.class)
        .hasMessageContaining("status");
    ch.finishAndReleaseAll();
  }

  @Test
  void aPlausiblePreloginHeaderWaitsForItsPayload() {
    EmbeddedChannel ch = beforeLogin();
    ch.writeInbound(Unpooled.wrappedBuffer(new byte[] {0x12, 0x01, 0x00, 0x0A, 0, 0, 1, 0, 0x41}));
    assertThat((Object) ch.readInbound()).isNull();
    ch.writeInbound(Unpooled.wrappedBuffer(new byte[] {0x42}));
    TdsMessage m = ch.readInbound();
    assertThat(m.type()).isEqualTo(PacketType.PRELOGIN);
    m.release();
    assertThat(ch.finish()).isFalse();
  }

  @Test
  void afterLoginLoginPacketsAreGarbage() {
    EmbeddedChannel ch = channel();
    assertThatThrownBy(() -> ch.writeInbound(
            Unpooled.wrappedBuffer(new byte[] {0x10, 0x01, 0x00, 0x40, 0, 0, 1, 0})))
        .hasCauseInstanceOf(TdsProtocolException.class);
    ch.finishAndReleaseAll();
  }

  private static List<TdsMessage> drain(EmbeddedChannel ch) {
    List<TdsMessage> out = new ArrayList<>();
    TdsMessage m;
    while ((m = ch.readInbound()) != null) {
      out.add(m);
    }
    return out;
  }
}
