package dev.quern.tds.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.tds.Hex;
import dev.quern.tds.TdsProtocolException;
import dev.quern.tds.Truncation;
import dev.quern.tds.message.FeatureExtension;
import dev.quern.tds.type.TdsVersion;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class TokensTest {
  static byte[] encode(BiConsumer<ByteBuf, Integer> encoder, int version) {
    ByteBuf out = Unpooled.buffer();
    encoder.accept(out, version);
    byte[] b = new byte[out.readableBytes()];
    out.readBytes(b);
    return b;
  }

  static <T> void roundTrip(
      T token, BiConsumer<ByteBuf, Integer> encoder, Function<ByteBuf, T> decoder, int version) {
    byte[] b = encode(encoder, version);
    assertThat(decoder.apply(Unpooled.wrappedBuffer(b))).isEqualTo(token);
    Truncation.needsMoreAtEveryCut(b, decoder::apply);
  }

  @Test
  void loginAckHasTheReferenceBytesAndExactLength() {
    LoginAckToken ack = LoginAckToken.sqlServer(TdsVersion.V7_4);
    byte[] b = encode(ack::encode, TdsVersion.V7_4);
    assertThat(Hex.of(b)).startsWith("ad32000174000004144d00");
    assertThat(Hex.of(b)).endsWith("100010e8");
    assertThat(b.length - 3).isEqualTo(1 + 4 + 1 + 2 * 20 + 4);
    roundTrip(ack, ack::encode, in -> LoginAckToken.decode(in, TdsVersion.V7_4), TdsVersion.V7_4);
  }

  @Test
  void envChangesHaveTheirWireShapes() {
    assertThat(Hex.of(encode(EnvChangeToken.resetConnectionAck()::encode, TdsVersion.V7_4)))
        .isEqualTo("e30300120000");
    assertThat(
            Hex.of(
                encode(
                    EnvChangeToken.sqlCollation(Hex.bytes("0904D00034"))::encode,
                    TdsVersion.V7_4)))
        .isEqualTo("e30800070509" + "04d0003400");
    assertThat(Hex.of(encode(EnvChangeToken.packetSize(8000, 4096)::encode, TdsVersion.V7_4)))
        .isEqualTo("e3130004043800300030003000043400300039003600");
  }

  @Test
  void envChangesRoundTrip() {
    for (EnvChangeToken t :
        List.of(
            EnvChangeToken.database("master", "tempdb"),
            EnvChangeToken.language("us_english", ""),
            EnvChangeToken.packetSize(8000, 4096),
            EnvChangeToken.sqlCollation(Hex.bytes("0904D00034")),
            EnvChangeToken.beginTransaction(5),
            EnvChangeToken.commitTransaction(5),
            EnvChangeToken.rollbackTransaction(6),
            EnvChangeToken.resetConnectionAck())) {
      roundTrip(t, t::encode, in -> EnvChangeToken.decode(in, TdsVersion.V7_4), TdsVersion.V7_4);
    }
    assertThat(EnvChangeToken.beginTransaction(5).descriptor()).isEqualTo(5);
    assertThat(EnvChangeToken.commitTransaction(7).descriptor()).isEqualTo(7);
    assertThat(EnvChangeToken.database("a", "b").newText()).isEqualTo("a");
  }

  @Test
  void beginTransactionCarriesEightByteDescriptor() {
    assertThat(Hex.of(encode(EnvChangeToken.beginTransaction(1)::encode, TdsVersion.V7_4)))
        .isEqualTo("e30b0008080100000000000000" + "00");
  }

  @Test
  void rejectsUnknownEnvChangeTypes() {
    assertThatThrownBy(() -> EnvChangeToken.decode(Hex.buf("E3 03 00 0D 00 00"), TdsVersion.V7_4))
        .isInstanceOf(TdsProtocolException.class);
  }

  @Test
  void infoAndErrorLineNumberWidthFollowsVersion() {
    InfoToken info =
        new InfoToken(5701, 2, 0, "Changed database context to 'master'.", "QUERN", "", 1);
    byte[] v74 = encode(info::encode, TdsVersion.V7_4);
    byte[] v71 = encode(info::encode, TdsVersion.V7_1);
    assertThat(v74.length - v71.length).isEqualTo(2);
    roundTrip(info, info::encode, in -> InfoToken.decode(in, TdsVersion.V7_4), TdsVersion.V7_4);
    roundTrip(info, info::encode, in -> InfoToken.decode(in, TdsVersion.V7_1), TdsVersion.V7_1);
    ErrorToken err =
        new ErrorToken(18456, 1, 14, "Login failed for user 'x'.", "QUERN", "", 1);
    assertThat(encode(err::encode, TdsVersion.V7_4)[0]).isEqualTo((byte) 0xAA);
    roundTrip(err, err::encode, in -> ErrorToken.decode(in, TdsVersion.V7_2), TdsVersion.V7_2);
  }

  @Test
  void doneTokensHaveVersionedCounts() {
    DoneToken attn = new DoneToken(DoneStatus.ATTN, 0, 0);
    assertThat(Hex.of(encode(attn::encode, TdsVersion.V7_4)))
        .isEqualTo("fd2000000000000000000000" + "00");
    assertThat(encode(attn::encode, TdsVersion.V7_1)).hasSize(9);
    DoneInProcToken inProc = new DoneInProcToken(DoneStatus.MORE | DoneStatus.COUNT, 0xC1, 1);
    assertThat(Hex.of(encode(inProc::encode, TdsVersion.V7_4)))
        .isEqualTo("ff1100c1000100000000000000");
    DoneProcToken proc = new DoneProcToken(0, 0xE0, 0);
    roundTrip(attn, attn::encode, in -> DoneToken.decode(in, TdsVersion.V7_1), TdsVersion.V7_1);
    roundTrip(inProc, inProc::encode, in -> DoneInProcToken.decode(in, TdsVersion.V7_4),
        TdsVersion.V7_4);
    roundTrip(proc, proc::encode, in -> DoneProcToken.decode(in, TdsVersion.V7_4),
        TdsVersion.V7_4);
    assertThat(inProc.toString()).contains("MORE|COUNT");
  }

  @Test
  void returnStatusOrderAndFeatureAck() {
    ReturnStatusToken rs = new ReturnStatusToken(0);
    assertThat(Hex.of(encode(rs::encode, TdsVersion.V7_4))).isEqualTo("7900000000");
    roundTrip(rs, rs::encode, in -> ReturnStatusToken.decode(in, TdsVersion.V7_4),
        TdsVersion.V7_4);
    OrderToken order = new OrderToken(List.of(1, 3));
    roundTrip(order, order::encode, in -> OrderToken.decode(in, TdsVersion.V7_4),
        TdsVersion.V7_4);
    FeatureExtAckToken ack = FeatureExtAckToken.utf8Support();
    assertThat(Hex.of(encode(ack::encode, TdsVersion.V7_4))).isEqualTo("ae0a0100000001ff");
    roundTrip(ack, ack::encode, in -> FeatureExtAckToken.decode(in, TdsVersion.V7_4),
        TdsVersion.V7_4);
    assertThat(ack.features()).extracting(FeatureExtension::featureId).containsExactly(0x0A);
  }
}
