package dev.quern.tds.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quern.tds.Hex;
import dev.quern.tds.TdsProtocolException;
import dev.quern.tds.Truncation;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreloginMessageTest {
  /** The reference's byte-exact reply for a seven-option client (payload after the header). */
  static final String SEVEN_OPTION_REPLY =
      "00 00 24 00 06 | 01 00 2A 00 01 | 02 00 2B 00 01 | 03 00 2C 00 00 | 04 00 2C 00 01 |"
          + " 05 00 2D 00 00 | 06 00 2D 00 01 | FF | 10 00 10 E8 00 00 | 01 | 00 | 00 | 00";

  static PreloginMessage sevenOptionReply() {
    return new PreloginMessage(
        List.of(
            new PreloginMessage.Option(
                PreloginMessage.VERSION, new PreloginMessage.Version(16, 0, 4328, 0).toBytes()),
            new PreloginMessage.Option(PreloginMessage.ENCRYPTION, new byte[] {1}),
            new PreloginMessage.Option(PreloginMessage.INSTOPT, new byte[] {0}),
            new PreloginMessage.Option(PreloginMessage.THREADID, new byte[0]),
            new PreloginMessage.Option(PreloginMessage.MARS, new byte[] {0}),
            new PreloginMessage.Option(PreloginMessage.TRACEID, new byte[0]),
            new PreloginMessage.Option(PreloginMessage.FEDAUTHREQUIRED, new byte[] {0})));
  }

  @Test
  void encodesTheReferenceReplyExactly() {
    ByteBuf out = Unpooled.buffer();
    sevenOptionReply().encode(out);
    assertThat(Hex.of(out)).isEqualTo(Hex.of(Hex.bytes(SEVEN_OPTION_REPLY)));
  }

  @Test
  void decodesOptionsInWireOrder() {
    PreloginMessage m = PreloginMessage.decode(Hex.buf(SEVEN_OPTION_REPLY));
    assertThat(m).isEqualTo(sevenOptionReply());
    assertThat(m.encryption()).isEqualTo(Encryption.ON);
    assertThat(m.version()).isEqualTo(new PreloginMessage.Version(16, 0, 4328, 0));
    assertThat(m.options().get(1).token()).isEqualTo(PreloginMessage.ENCRYPTION);
  }

  @Test
  void decodesJdbcRequestWithTraceId() {
    // VERSION(6) ENCRYPTION(1) TRACEID(36)
    byte[] trace = new byte[36];
    trace[0] = 7;
    PreloginMessage req =
        new PreloginMessage(
            List.of(
                new PreloginMessage.Option(0, new byte[] {13, 6, 0, 0, 0, 0}),
                new PreloginMessage.Option(1, new byte[] {1}),
                new PreloginMessage.Option(5, trace)));
    ByteBuf out = Unpooled.buffer();
    req.encode(out);
    PreloginMessage back = PreloginMessage.decode(out);
    assertThat(back).isEqualTo(req);
    assertThat(back.option(PreloginMessage.TRACEID)).hasSize(36);
    assertThat(back.has(PreloginMessage.MARS)).isFalse();
  }

  @Test
  void rejectsOffsetsOutsideTheMessage() {
    assertThatThrownBy(() -> PreloginMessage.decode(Hex.buf("00 00 06 00 06 FF 01")))
        .isInstanceOf(TdsProtocolException.class);
  }

  @Test
  void everyTruncationIsAProtocolError() {
    Truncation.failsCleanlyAtEveryCut(Hex.bytes(SEVEN_OPTION_REPLY), PreloginMessage::decode);
  }

  @Test
  void rejectsEndlessOptionTables() {
    ByteBuf in = Unpooled.buffer();
    for (int i = 0; i < 40; i++) {
      in.writeBytes(Hex.bytes("09 00 00 00 00"));
    }
    in.writeByte(0xFF);
    assertThatThrownBy(() -> PreloginMessage.decode(in)).isInstanceOf(TdsProtocolException.class);
  }
}
